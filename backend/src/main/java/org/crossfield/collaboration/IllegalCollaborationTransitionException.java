package org.crossfield.collaboration;

import org.crossfield.i18n.Translatable;

/** A status change the collaboration's current status does not allow; the message says why. */
public class IllegalCollaborationTransitionException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    public IllegalCollaborationTransitionException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code collaboration} bundle, its English text and the arguments. */
    public IllegalCollaborationTransitionException(String key, String english, Object... arguments) {
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
