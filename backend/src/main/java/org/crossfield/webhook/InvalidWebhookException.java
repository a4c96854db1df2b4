package org.crossfield.webhook;

import org.crossfield.i18n.TranslatableException;

/** A subscription that cannot be made; the message says why (the key names it in the {@code webhook} bundle). */
public class InvalidWebhookException extends TranslatableException {

    /** A refusal with the key of its text in the {@code webhook} bundle, its English text and the arguments. */
    public InvalidWebhookException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
