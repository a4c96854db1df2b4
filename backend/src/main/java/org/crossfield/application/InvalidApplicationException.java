package org.crossfield.application;

import org.crossfield.i18n.TranslatableException;

/**
 * A request about an application that cannot be carried out; the message says why, in words for the user (in English;
 * with a key, the screens show it in the person's language).
 */
public class InvalidApplicationException extends TranslatableException {

    public InvalidApplicationException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code application} bundle, its English text and the arguments. */
    public InvalidApplicationException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
