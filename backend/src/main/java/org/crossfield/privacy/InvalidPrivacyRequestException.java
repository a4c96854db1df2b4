package org.crossfield.privacy;

import org.crossfield.i18n.TranslatableException;

/**
 * A privacy request that cannot be carried out as asked; the message is meant for the person (in English; with a key
 * of the {@code privacy} screen-text bundle, the screens show it in the person's language).
 */
public class InvalidPrivacyRequestException extends TranslatableException {

    /** A refusal with the key of its text in the {@code privacy} bundle, its English text and the arguments. */
    public InvalidPrivacyRequestException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
