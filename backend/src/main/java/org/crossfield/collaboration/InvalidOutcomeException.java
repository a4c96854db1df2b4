package org.crossfield.collaboration;

import org.crossfield.i18n.TranslatableException;

/**
 * A request about a collaboration's workspace, outcomes, dissemination activities or reporting windows that cannot be
 * carried out; the message says why, in words for the user (in English; with a key, the screens say it in the person's
 * language). Nothing has been changed when it is thrown.
 */
public class InvalidOutcomeException extends TranslatableException {

    public InvalidOutcomeException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code collaboration} bundle, its English text and the arguments. */
    public InvalidOutcomeException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
