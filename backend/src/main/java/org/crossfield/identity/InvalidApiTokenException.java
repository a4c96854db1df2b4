package org.crossfield.identity;

/** A bearer token that does not let anyone in; the message says why, in words the token's holder can act on. */
public class InvalidApiTokenException extends RuntimeException {

    public InvalidApiTokenException(String message) {
        super(message);
    }
}
