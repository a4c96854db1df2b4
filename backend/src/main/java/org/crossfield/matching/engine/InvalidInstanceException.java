package org.crossfield.matching.engine;

/**
 * An instance (or a single record of it) breaks the matching contract: unknown or duplicate ids, values out of
 * range, pins that cannot be honoured. The message is one line and names the offending element.
 */
public final class InvalidInstanceException extends IllegalArgumentException {

    public InvalidInstanceException(String message) {
        super(message);
    }
}
