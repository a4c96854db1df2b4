package org.crossfield.agreement;

/** What the sponsor receives in the results (column {@code sponsor_rights} of ip-regimes.csv). */
public enum SponsorRights {
    NONE("no rights in the results beyond this agreement"),
    NON_EXCLUSIVE_FIELD_TERRITORY("a non-exclusive, royalty-free licence in an agreed field and territory"),
    OPTION_EXCLUSIVE_LICENCE("an option to negotiate an exclusive licence"),
    OPTION_ASSIGNMENT("an option to negotiate an assignment of the results"),
    ASSIGNMENT("an assignment of the results"),
    FAIR_AND_REASONABLE_ACCESS("access rights on fair and reasonable conditions");

    private final String phrase;

    SponsorRights(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    /** An option needs an option period. */
    public boolean isOption() {
        return this == OPTION_EXCLUSIVE_LICENCE || this == OPTION_ASSIGNMENT;
    }
}
