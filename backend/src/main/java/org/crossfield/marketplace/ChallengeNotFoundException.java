package org.crossfield.marketplace;

public class ChallengeNotFoundException extends RuntimeException {

    public ChallengeNotFoundException(long id) {
        super("There is no challenge " + id + ".");
    }
}
