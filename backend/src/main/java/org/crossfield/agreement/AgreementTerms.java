package org.crossfield.agreement;

/**
 * The structured terms of an agreement version. Stored as canonical JSON in {@code agreement_version.terms_json}
 * (docs/adr/0013-agreements.md); the agreement text is rendered from the template with these values.
 *
 * @param resultsOwner            who owns the results
 * @param sponsorRights           what the sponsor receives
 * @param optionPeriodMonths      how long an option runs (only with an option right), else null
 * @param licenceTerms            free text on licence conditions (field, territory, royalties), may be null
 * @param academicUseReserved     the university and the student may use the results for teaching and research
 * @param publicationRegime       free with review, or only with the sponsor's consent
 * @param publicationNoticeDays   days the sponsor has to answer a publication review
 * @param publicationMaxDelayDays the longest delay the sponsor may ask for (null when consent is required)
 * @param confidentialityYears    years confidential information stays confidential after the end
 * @param thesisExaminerNda       examiners sign an NDA (thesis submission itself is always allowed)
 * @param thesisEmbargoMonths     months the library copy of the thesis is embargoed (0: none)
 * @param backgroundIpIncluded    the parties license their background IP for the project
 * @param gdprRoles               the parties' GDPR roles, or NO_PERSONAL_DATA
 * @param legalBasis              the GDPR legal basis (needed with personal data), may be null
 * @param accessModel             how the data are reached
 * @param dpiaRequired            a DPIA is carried out before processing
 * @param ethicsApprovalReference the ethics committee's reference, may be null
 * @param transferOutsideEea      personal data leave the EEA
 */
public record AgreementTerms(
        ResultsOwner resultsOwner,
        SponsorRights sponsorRights,
        Integer optionPeriodMonths,
        String licenceTerms,
        boolean academicUseReserved,
        PublicationRegime publicationRegime,
        int publicationNoticeDays,
        Integer publicationMaxDelayDays,
        int confidentialityYears,
        boolean thesisExaminerNda,
        int thesisEmbargoMonths,
        boolean backgroundIpIncluded,
        GdprRoles gdprRoles,
        String legalBasis,
        DataAccessModel accessModel,
        boolean dpiaRequired,
        String ethicsApprovalReference,
        boolean transferOutsideEea) {

    /** The same terms with blank texts as null and texts trimmed, so that equal terms hash and compare equal. */
    public AgreementTerms normalised() {
        return new AgreementTerms(resultsOwner, sponsorRights, sponsorRights != null && sponsorRights.isOption() ? optionPeriodMonths : null,
                trimmed(licenceTerms), academicUseReserved, publicationRegime, publicationNoticeDays, publicationMaxDelayDays,
                confidentialityYears, thesisExaminerNda, thesisEmbargoMonths, backgroundIpIncluded, gdprRoles, trimmed(legalBasis),
                accessModel, dpiaRequired, trimmed(ethicsApprovalReference), transferOutsideEea);
    }

    public AgreementTerms withPublicationMaxDelayDays(Integer days) {
        return new AgreementTerms(resultsOwner, sponsorRights, optionPeriodMonths, licenceTerms, academicUseReserved,
                publicationRegime, publicationNoticeDays, days, confidentialityYears, thesisExaminerNda, thesisEmbargoMonths,
                backgroundIpIncluded, gdprRoles, legalBasis, accessModel, dpiaRequired, ethicsApprovalReference, transferOutsideEea);
    }

    public AgreementTerms withGdpr(GdprRoles roles, String basis, DataAccessModel access, boolean dpia, String ethics, boolean outsideEea) {
        return new AgreementTerms(resultsOwner, sponsorRights, optionPeriodMonths, licenceTerms, academicUseReserved,
                publicationRegime, publicationNoticeDays, publicationMaxDelayDays, confidentialityYears, thesisExaminerNda,
                thesisEmbargoMonths, backgroundIpIncluded, roles, basis, access, dpia, ethics, outsideEea);
    }

    public AgreementTerms withAcademicUseReserved(boolean reserved) {
        return new AgreementTerms(resultsOwner, sponsorRights, optionPeriodMonths, licenceTerms, reserved,
                publicationRegime, publicationNoticeDays, publicationMaxDelayDays, confidentialityYears, thesisExaminerNda,
                thesisEmbargoMonths, backgroundIpIncluded, gdprRoles, legalBasis, accessModel, dpiaRequired,
                ethicsApprovalReference, transferOutsideEea);
    }

    /**
     * Sensible defaults for an IP regime, from the regime's columns in ip-regimes.csv (table {@code ip_regime});
     * what the CSV leaves open (CUSTOM) or does not cover (thesis, background IP, GDPR) is filled in here.
     */
    public static AgreementTerms defaultsFor(IpRegime regime) {
        ResultsOwner owner = regime.resultsOwner() == null ? ResultsOwner.UNIVERSITY : ResultsOwner.valueOf(regime.resultsOwner());
        SponsorRights rights = regime.sponsorRights() == null ? SponsorRights.NON_EXCLUSIVE_FIELD_TERRITORY
                : SponsorRights.valueOf(regime.sponsorRights());
        PublicationRegime publication = regime.publicationRegime() == null ? PublicationRegime.FREE_WITH_REVIEW
                : PublicationRegime.valueOf(regime.publicationRegime());
        int notice = regime.publicationNoticeDays() == null ? 30 : regime.publicationNoticeDays();
        Integer maxDelay = regime.maxDelayDays() != null ? regime.maxDelayDays()
                : publication == PublicationRegime.FREE_WITH_REVIEW ? Math.max(90, notice) : null;
        boolean sponsorOwns = owner == ResultsOwner.SPONSOR;
        // the CSV's note is a licence condition only for a plain licence ("sponsor may not sublicense")
        String licence = rights == SponsorRights.NON_EXCLUSIVE_FIELD_TERRITORY ? regime.notes() : null;
        return new AgreementTerms(owner, rights, rights.isOption() ? 6 : null, licence,
                regime.academicUseReserved() == null || regime.academicUseReserved(), publication, notice, maxDelay,
                regime.confidentialityYearsAfterEnd() == null ? 3 : regime.confidentialityYearsAfterEnd(),
                sponsorOwns, sponsorOwns ? 12 : 0, false, GdprRoles.NO_PERSONAL_DATA, null, DataAccessModel.NOT_APPLICABLE,
                false, null, false);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
