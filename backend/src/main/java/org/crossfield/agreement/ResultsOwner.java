package org.crossfield.agreement;

/** Who owns the results of the collaboration (column {@code results_owner} of ip-regimes.csv). */
public enum ResultsOwner {
    UNIVERSITY("the University"),
    SPONSOR("the Sponsor"),
    GENERATING_PARTY("the party that generates them"),
    JOINT("the University and the Sponsor jointly");

    private final String phrase;

    ResultsOwner(String phrase) {
        this.phrase = phrase;
    }

    /** As the agreement text says it. */
    public String phrase() {
        return phrase;
    }
}
