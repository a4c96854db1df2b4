package org.crossfield.application;

/** A request about an application that cannot be carried out; the message says why, in words for the user. */
public class InvalidApplicationException extends RuntimeException {

    public InvalidApplicationException(String message) {
        super(message);
    }
}
