package org.crossfield.agreement;

/** A row of ip-regimes.csv (table {@code ip_regime}); null columns are open (CUSTOM). */
public record IpRegime(String code, String title, String resultsOwner, String sponsorRights, Boolean academicUseReserved,
                       String publicationRegime, Integer publicationNoticeDays, Integer maxDelayDays,
                       Integer confidentialityYearsAfterEnd, String notes) {

    /** The regime of contract research, the only one where the sponsor may own results without academic use. */
    public static final String CONTRACT_RESEARCH = "LAMBERT_5";

    /** An empty CSV cell is loaded as an empty string: it means "open", like null. */
    public IpRegime {
        resultsOwner = blankToNull(resultsOwner);
        sponsorRights = blankToNull(sponsorRights);
        publicationRegime = blankToNull(publicationRegime);
        notes = blankToNull(notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
