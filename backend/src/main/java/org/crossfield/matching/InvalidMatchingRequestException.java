package org.crossfield.matching;

import org.crossfield.i18n.Translatable;

/**
 * A matching request was refused; the message says why and nothing was changed. The message stays English (logs, the
 * API); with a key of the {@code matching} screen-text bundle the screens show it in the person's language.
 */
public class InvalidMatchingRequestException extends IllegalArgumentException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public InvalidMatchingRequestException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code matching} bundle, its English text and the arguments. */
    public InvalidMatchingRequestException(String key, String english, Object... arguments) {
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
