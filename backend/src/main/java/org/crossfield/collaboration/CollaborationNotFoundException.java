package org.crossfield.collaboration;

public class CollaborationNotFoundException extends RuntimeException {

    public CollaborationNotFoundException(long id) {
        super("There is no collaboration " + id + ".");
    }
}
