package org.crossfield.platform.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import org.crossfield.platform.files.FileNames;

/**
 * Every download of the application: the bytes with a {@code Content-Disposition} written per RFC 6266 from a
 * sanitised name (an ASCII {@code filename} and the exact {@code filename*}), the content type, the length and
 * {@code X-Content-Type-Options: nosniff}. Vaadin's own handlers quote the name as it is, so that an uploaded name
 * such as {@code cv.html";x=".pdf} decided what the browser saved; never pass a name to them.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file to send: its name (sanitised here), its content type and its bytes. */
    public record File(String name, String contentType, byte[] content) {
    }

    /** What a download sends, computed when the person clicks; null for "no such file" (404). */
    @FunctionalInterface
    public interface Source extends Serializable {
        File get() throws IOException;
    }

    public static DownloadHandler of(Source source) {
        return event -> {
            File file = source.get();
            if (file == null) {
                event.getResponse().setStatus(404);
                return;
            }
            event.getResponse().setHeader("Content-Disposition", FileNames.contentDisposition(file.name(), "download"));
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }
}
