package org.crossfield.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one way Crossfield takes a file: one at a time, checked on the server, and never a trap.
 * <ul>
 *   <li>The server enforces the size before it keeps the bytes: an upload whose declared size is over the limit is
 *       refused without reading it, and one without a declared size is read only up to the limit (the browser's
 *       {@code maxFileSize} is a convenience a client can skip). Above these, {@code spring.servlet.multipart.*} caps
 *       every request at the container.</li>
 *   <li>Each file leaves the widget's list once it has been handed over (accepted or refused), so a corrected or
 *       replacement file is always taken; the screen itself says what was kept. A file the browser refuses (wrong type,
 *       too large) is explained with what to do instead, never with the component's own "Too Many Files.".</li>
 * </ul>
 */
public final class Uploads {

    /** What the screen does with a file; it runs in the UI's lock and shows its own refusal. */
    @FunctionalInterface
    public interface Receiver {
        void received(String fileName, byte[] bytes);
    }

    /** What a multipart request adds around one file (boundaries, part headers): the declared size may exceed the file's by this much. */
    static final long MULTIPART_OVERHEAD = 16 * 1024;

    private Uploads() {
    }

    /**
     * @param rule          what is accepted, as a sentence ("The CV must be a PDF of at most 5 MB.")
     * @param acceptedTypes MIME types and extensions the browser offers first (the server checks again)
     */
    public static Upload oneFile(String id, String rule, int maxBytes, Receiver receiver, String... acceptedTypes) {
        UI ui = UI.getCurrent();
        Upload[] self = new Upload[1];
        Upload upload = new Upload(inMemory(maxBytes, (fileName, bytes) -> ui.access(() -> {
            try {
                receiver.received(fileName, bytes);
            } finally {
                self[0].clearFileList();
            }
        }), () -> ui.access(() -> {
            self[0].clearFileList();
            Notices.error(refusedByBrowser(rule));
        })));
        self[0] = upload;
        upload.setId(id);
        upload.setI18n(i18n(ui));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        if (acceptedTypes.length > 0) {
            upload.setAcceptedFileTypes(acceptedTypes);
        }
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            Notices.error(refusedByBrowser(rule));
        });
        return upload;
    }

    /** The message for a file that was not taken, in the current screen's language ({@code rule} already is). */
    public static String refusedByBrowser(String rule) {
        UI ui = UI.getCurrent();
        return ui == null ? "That file was not taken. " + rule + " Choose another file."
                : ui.getTranslation("platform.uploads.refused", rule);
    }

    /** The upload widget's own words (its button, the drop hint, its refusals) in the screen's language. */
    public static UploadI18N i18n(UI ui) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("platform.uploads.add-file"))
                        .setMany(ui.getTranslation("platform.uploads.add-files")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("platform.uploads.drop-file"))
                        .setMany(ui.getTranslation("platform.uploads.drop-files")))
                .setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("platform.uploads.too-many"))
                        .setFileIsTooBig(ui.getTranslation("platform.uploads.too-big"))
                        .setIncorrectFileType(ui.getTranslation("platform.uploads.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(ui.getTranslation("platform.uploads.retry"))
                        .setStart(ui.getTranslation("platform.uploads.start"))
                        .setRemove(ui.getTranslation("platform.uploads.remove")));
    }

    /**
     * An upload handler holding the file in memory, with the limit enforced on the server.
     *
     * @param maxBytes  the largest file accepted
     * @param received  called with the file's name and bytes (on the upload's request thread: use {@code ui.access})
     * @param tooLarge  called when the upload is refused for its size (also on the request thread)
     */
    public static UploadHandler inMemory(long maxBytes, SerializableBiConsumer<String, byte[]> received,
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
