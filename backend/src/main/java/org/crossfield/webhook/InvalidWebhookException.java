package org.crossfield.webhook;

import org.crossfield.i18n.Translatable;

/** A subscription that cannot be made; the message says why (the key names it in the {@code webhook} bundle). */
public class InvalidWebhookException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    /** A refusal with the key of its text in the {@code webhook} bundle, its English text and the arguments. */
    public InvalidWebhookException(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
