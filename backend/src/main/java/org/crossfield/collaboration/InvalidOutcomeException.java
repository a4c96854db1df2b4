package org.crossfield.collaboration;

import org.crossfield.i18n.Translatable;

/**
 * A request about a collaboration's workspace, outcomes, dissemination activities or reporting windows that cannot be
 * carried out; the message says why, in words for the user. Nothing has been changed when it is thrown.
 */
public class InvalidOutcomeException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public InvalidOutcomeException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code collaboration} bundle, its English text and the arguments. */
    public InvalidOutcomeException(String key, String english, Object... arguments) {
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
