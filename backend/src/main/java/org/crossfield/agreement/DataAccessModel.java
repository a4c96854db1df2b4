package org.crossfield.agreement;

/** How the data are reached under the agreement. */
public enum DataAccessModel {
    NOT_APPLICABLE("no data access"),
    FEDERATED("federated analysis (the data never leave the holder)"),
    TRUSTED_RESEARCH_ENVIRONMENT("a trusted research environment"),
    TRANSFER("a transfer of the data to the Sponsor");

    private final String phrase;

    DataAccessModel(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
