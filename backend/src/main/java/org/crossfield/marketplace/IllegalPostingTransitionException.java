package org.crossfield.marketplace;

import org.crossfield.i18n.Translatable;

/**
 * A workflow step that the posting's current status does not allow, e.g. approving a draft. The message is English
 * (logs, API); the key (in the {@code marketplace} bundle) and the status let the screens say it in the person's language.
 */
public class IllegalPostingTransitionException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public IllegalPostingTransitionException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text, its English text and the arguments. */
    public IllegalPostingTransitionException(String key, String english, Object... arguments) {
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
