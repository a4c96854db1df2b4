package org.crossfield.application.ui;

import com.vaadin.flow.component.UI;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.PostingType;
import org.crossfield.application.RejectionReason;

/**
 * The application screens' words for values, in the person's language: statuses and rejection reasons by human name
 * (one key per constant in the {@code application} bundle), for helpers that are not components themselves.
 */
final class Texts {

    private Texts() {
    }

    static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** "Under review", "Unter Prüfung", … */
    static String status(ApplicationStatus status) {
        return status == null ? "" : text("application.status." + status.name());
    }

    static String reason(RejectionReason reason) {
        return reason == null ? "" : text("application.rejection-reason." + reason.name());
    }

    /** "Challenge" or "PhD project". */
    static String type(PostingType type) {
        return text("application.posting-type." + type.name());
    }
}
