package org.crossfield.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The one way Crossfield takes a file: one at a time, checked on the server by the receiver, and never a trap. Each file
 * leaves the widget's list once it has been handed over (accepted or refused), so a corrected or replacement file is
 * always taken; the screen itself says what was kept. A file the browser refuses (wrong type, too large) is explained
 * with what to do instead, never with the component's own "Too Many Files." or "File is Too Big.".
 */
public final class Uploads {

    /** What the screen does with a file; it runs in the UI's lock and shows its own refusal. */
    @FunctionalInterface
    public interface Receiver {
        void received(String fileName, byte[] bytes);
    }

    private Uploads() {
    }

    /**
     * @param rule          what is accepted, as a sentence ("The CV must be a PDF of at most 5 MB.")
     * @param acceptedTypes MIME types and extensions the browser offers first (the server checks again)
     */
    public static Upload oneFile(String id, String rule, int maxBytes, Receiver receiver, String... acceptedTypes) {
        UI ui = UI.getCurrent();
        Upload[] self = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                receiver.received(metadata.fileName(), bytes);
            } finally {
                self[0].clearFileList();
            }
        })));
        self[0] = upload;
        upload.setId(id);
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

    /** The message for a file the browser would not send. */
    public static String refusedByBrowser(String rule) {
        return "That file was not taken. " + rule + " Choose another file.";
    }
}
