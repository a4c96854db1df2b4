package org.crossfield.collaboration;

import org.crossfield.i18n.TranslatableException;

/** A status change the collaboration's current status does not allow; the message says why. */
public class IllegalCollaborationTransitionException extends TranslatableException {

    public IllegalCollaborationTransitionException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text in the {@code collaboration} bundle, its English text and the arguments. */
    public IllegalCollaborationTransitionException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
