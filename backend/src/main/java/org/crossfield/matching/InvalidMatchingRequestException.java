package org.crossfield.matching;

/** A matching request was refused; the message says why and nothing was changed. */
public class InvalidMatchingRequestException extends IllegalArgumentException {

    public InvalidMatchingRequestException(String message) {
        super(message);
    }
}
