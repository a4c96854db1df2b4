package org.crossfield.marketplace;

/** A workflow step that the posting's current status does not allow, e.g. approving a draft. */
public class IllegalPostingTransitionException extends RuntimeException {

    public IllegalPostingTransitionException(String message) {
        super(message);
    }
}
