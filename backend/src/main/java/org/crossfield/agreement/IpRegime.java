package org.crossfield.agreement;

/** A row of ip-regimes.csv (table {@code ip_regime}); null columns are open (CUSTOM). */
public record IpRegime(String code, String title, String resultsOwner, String sponsorRights, Boolean academicUseReserved,
                       String publicationRegime, Integer publicationNoticeDays, Integer maxDelayDays,
                       Integer confidentialityYearsAfterEnd, String notes) {

    /** The regime of contract research, the only one where the sponsor may own results without academic use. */
    public static final String CONTRACT_RESEARCH = "LAMBERT_5";
}
