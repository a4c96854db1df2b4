package org.crossfield.agreement;

/** How results are published (column {@code publication_regime} of ip-regimes.csv). */
public enum PublicationRegime {
    /** Free to publish after a notice period in which the sponsor may object or ask for a delay. */
    FREE_WITH_REVIEW("free, after review by the Sponsor"),
    /** Contract research: no publication without the sponsor's consent. */
    SPONSOR_CONSENT_REQUIRED("only with the consent of the Sponsor");

    private final String phrase;

    PublicationRegime(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
