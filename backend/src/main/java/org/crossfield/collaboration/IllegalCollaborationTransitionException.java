package org.crossfield.collaboration;

/** A status change the collaboration's current status does not allow; the message says why. */
public class IllegalCollaborationTransitionException extends RuntimeException {

    public IllegalCollaborationTransitionException(String message) {
        super(message);
    }
}
