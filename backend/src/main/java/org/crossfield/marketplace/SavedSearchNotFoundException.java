package org.crossfield.marketplace;

public class SavedSearchNotFoundException extends RuntimeException {

    public SavedSearchNotFoundException(long id) {
        super("There is no saved search " + id + ".");
    }
}
