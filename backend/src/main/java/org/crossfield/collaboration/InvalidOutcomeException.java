package org.crossfield.collaboration;

/**
 * A request about a collaboration's workspace, outcomes, dissemination activities or reporting windows that cannot be
 * carried out; the message says why, in words for the user. Nothing has been changed when it is thrown.
 */
public class InvalidOutcomeException extends RuntimeException {

    public InvalidOutcomeException(String message) {
        super(message);
    }
}
