package org.crossfield.identity.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The same as {@code platform.ui.Uploads}, for identity's screens (which cannot use platform.ui: platform depends on
 * identity). Uploads held in memory with a limit the server enforces before it keeps the bytes: an upload whose declared size is
 * over the limit is refused without reading it, and one without a declared size is read only up to the limit (the
 * browser's {@code maxFileSize} is a convenience a client can skip). The limit also goes to the multipart parser.
 * Above these, {@code spring.servlet.multipart.*} caps every request at the container.
 */
final class LimitedUploads {

    private LimitedUploads() {
    }

    /**
     * @param maxBytes  the largest file accepted
     * @param received  called with the file's name and bytes (on the upload's request thread: use {@code ui.access})
     * @param tooLarge  called when the upload is refused for its size (also on the request thread)
     */
    static UploadHandler inMemory(long maxBytes, SerializableBiConsumer<String, byte[]> received,
                                         SerializableRunnable tooLarge) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                byte[] bytes;
                try {
                    bytes = event.getFileSize() > maxBytes + MULTIPART_OVERHEAD ? null
                            : readAtMost(event.getInputStream(), maxBytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (bytes == null) {
                    event.getResponse().setStatus(413);
                    tooLarge.run();
                    return;
                }
                received.accept(event.getFileName(), bytes);
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + MULTIPART_OVERHEAD;
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }

    /** What a multipart request adds around one file (boundaries, part headers): the declared size may exceed the file's by this much. */
    static final long MULTIPART_OVERHEAD = 16 * 1024;

    /** The stream's bytes, or null as soon as there are more than {@code max} (never holding more than max + 1). */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
