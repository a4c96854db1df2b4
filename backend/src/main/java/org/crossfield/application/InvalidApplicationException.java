package org.crossfield.application;

import org.crossfield.i18n.Translatable;

/**
 * A request about an application that cannot be carried out; the message says why, in words for the user (in English;
 * with a key, the screens show it in the person's language).
 */
public class InvalidApplicationException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public InvalidApplicationException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code application} bundle, its English text and the arguments. */
    public InvalidApplicationException(String key, String english, Object... arguments) {
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
