package org.crossfield.privacy;

import org.crossfield.i18n.Translatable;

/**
 * A privacy request that cannot be carried out as asked; the message is meant for the person (in English; with a key
 * of the {@code privacy} screen-text bundle, the screens show it in the person's language).
 */
public class InvalidPrivacyRequestException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public InvalidPrivacyRequestException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code privacy} bundle, its English text and the arguments. */
    public InvalidPrivacyRequestException(String key, String english, Object... arguments) {
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
