package org.crossfield.collaboration;

import java.util.List;

/**
 * One row of outcome-types.csv.
 *
 * @param orcidWorkTypes the ORCID work types an outcome of this type may carry; empty when ORCID has none
 */
public record OutcomeTypeSummary(String code, String title, String examples, List<String> orcidWorkTypes) {

    public static final String PUBLICATION = "PUBLICATION";
    public static final String FURTHER_FUNDING = "FURTHER_FUNDING";

    /** The fields of the outcome form follow the type: publications and further funding have their own. */
    public boolean isPublication() {
        return PUBLICATION.equals(code);
    }

    public boolean isFunding() {
        return FURTHER_FUNDING.equals(code);
    }
}
