package org.crossfield.privacy;

/** A privacy request that cannot be carried out as asked; the message is meant for the person. */
public class InvalidPrivacyRequestException extends RuntimeException {

    public InvalidPrivacyRequestException(String message) {
        super(message);
    }
}
