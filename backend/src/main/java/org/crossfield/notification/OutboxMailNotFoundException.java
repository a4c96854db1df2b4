package org.crossfield.notification;

/** No outbox mail has this id (any more). */
public class OutboxMailNotFoundException extends RuntimeException {

    public OutboxMailNotFoundException(long id) {
        super("There is no outgoing mail with id " + id + ".");
    }
}
