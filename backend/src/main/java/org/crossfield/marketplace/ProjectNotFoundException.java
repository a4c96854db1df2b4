package org.crossfield.marketplace;

public class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(long id) {
        super("There is no PhD project " + id + ".");
    }
}
