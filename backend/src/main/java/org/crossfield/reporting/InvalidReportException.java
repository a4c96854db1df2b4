package org.crossfield.reporting;

import org.crossfield.i18n.TranslatableException;

/**
 * A report, target, measured figure or KPI definition was asked for with bad input; the message says what to fix. It
 * carries the key of its text in the {@code reporting} bundle, so that the screens say it in the person's language;
 * the English message is for logs and the API.
 */
public class InvalidReportException extends TranslatableException {

    /** A refusal with no key yet: every screen shows its English text. */
    public InvalidReportException(String message) {
        super(null, message);
    }

    /** A refusal with the key of its text ({@code reporting.error.*}), its English text and the key's arguments. */
    public InvalidReportException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
