package org.crossfield.application;

public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(long id) {
        super("Application " + id + " does not exist.");
    }
}
