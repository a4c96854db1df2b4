package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;

/** Which combinations of terms make sense; every problem is one sentence a party can act on. */
public final class TermsValidator {

    public static final int MAX_NOTICE_DAYS = 180;
    public static final int MAX_DELAY_DAYS = 365;
    public static final int MAX_CONFIDENTIALITY_YEARS = 10;
    public static final int MAX_EMBARGO_MONTHS = 24;
    public static final int MAX_OPTION_MONTHS = 12;

    private TermsValidator() {
    }

    /** The problems of these terms under the regime {@code regimeCode}; empty when they can be proposed. */
    public static List<String> problems(AgreementTerms t, String regimeCode) {
        List<String> p = new ArrayList<>();
        if (t == null) {
            return List.of("The terms are missing.");
        }
        if (t.resultsOwner() == null) {
            p.add("Say who owns the results.");
        }
        if (t.sponsorRights() == null) {
            p.add("Say what rights the sponsor receives.");
        }
        if (t.publicationRegime() == null) {
            p.add("Choose a publication regime.");
        }
        if (t.gdprRoles() == null) {
            p.add("Choose the GDPR roles (\"no personal data\" if none are processed).");
        }
        if (t.accessModel() == null) {
            p.add("Choose how the data are reached (\"no data access\" if none).");
        }
        if (!p.isEmpty()) {
            return p;
        }
        boolean contractResearch = IpRegime.CONTRACT_RESEARCH.equals(regimeCode);
        // ownership and rights
        if (t.resultsOwner() == ResultsOwner.SPONSOR && !t.academicUseReserved() && !contractResearch) {
            p.add("The sponsor may own the results without the university keeping academic use only in contract research"
                    + " (LAMBERT_5): reserve academic use or choose the contract-research template.");
        }
        if (t.resultsOwner() == ResultsOwner.UNIVERSITY && t.sponsorRights() == SponsorRights.ASSIGNMENT) {
            p.add("Results owned by the university cannot also be assigned to the sponsor: choose the sponsor as owner or an option to negotiate an assignment.");
        }
        if (t.resultsOwner() == ResultsOwner.SPONSOR && t.sponsorRights() != SponsorRights.ASSIGNMENT) {
            p.add("When the sponsor owns the results, its right is an assignment.");
        }
        if (t.sponsorRights().isOption()) {
            if (t.optionPeriodMonths() == null || t.optionPeriodMonths() < 1 || t.optionPeriodMonths() > MAX_OPTION_MONTHS) {
                p.add("An option needs an option period between 1 and " + MAX_OPTION_MONTHS + " months.");
            }
        } else if (t.optionPeriodMonths() != null) {
            p.add("An option period only applies to an option to negotiate a licence or an assignment.");
        }
        // publication
        if (t.publicationNoticeDays() < 1 || t.publicationNoticeDays() > MAX_NOTICE_DAYS) {
            p.add("The publication notice period must be between 1 and " + MAX_NOTICE_DAYS + " days.");
        }
        if (t.publicationRegime() == PublicationRegime.SPONSOR_CONSENT_REQUIRED) {
            if (!contractResearch) {
                p.add("Publication only with the sponsor's consent is for contract research (LAMBERT_5); other regimes publish after review.");
            }
            if (t.publicationMaxDelayDays() != null) {
                p.add("A maximum publication delay does not apply when publication needs the sponsor's consent.");
            }
        } else if (t.publicationMaxDelayDays() == null) {
            p.add("Give the maximum publication delay the sponsor may ask for.");
        } else if (t.publicationMaxDelayDays() < t.publicationNoticeDays()) {
            p.add("The maximum publication delay (" + t.publicationMaxDelayDays() + " days) cannot be shorter than the notice period ("
                    + t.publicationNoticeDays() + " days).");
        } else if (t.publicationMaxDelayDays() > MAX_DELAY_DAYS) {
            p.add("A publication may be delayed by at most " + MAX_DELAY_DAYS + " days.");
        }
        // confidentiality and thesis
        if (t.confidentialityYears() < 0 || t.confidentialityYears() > MAX_CONFIDENTIALITY_YEARS) {
            p.add("Confidentiality after the end must be between 0 and " + MAX_CONFIDENTIALITY_YEARS + " years.");
        }
        if (t.thesisEmbargoMonths() < 0 || t.thesisEmbargoMonths() > MAX_EMBARGO_MONTHS) {
            p.add("A thesis embargo is between 0 and " + MAX_EMBARGO_MONTHS + " months; a longer one would keep the student's work hidden too long.");
        }
        // personal data
        if (!t.gdprRoles().personalData()) {
            if (t.legalBasis() != null && !t.legalBasis().isBlank()) {
                p.add("With no personal data there is no GDPR legal basis to name: remove it or choose the GDPR roles.");
            }
            if (t.dpiaRequired()) {
                p.add("A DPIA is only required when personal data are processed: choose the GDPR roles or untick the DPIA.");
            }
            if (t.transferOutsideEea()) {
                p.add("With no personal data nothing personal can be transferred outside the EEA: choose the GDPR roles or untick the transfer.");
            }
        } else {
            if (t.legalBasis() == null || t.legalBasis().isBlank()) {
                p.add("Personal data need a GDPR legal basis (e.g. Art. 6(1)(e) and 9(2)(j) GDPR, scientific research).");
            }
            if (t.accessModel() == DataAccessModel.NOT_APPLICABLE) {
                p.add("Personal data are processed: say how they are reached (federated, trusted research environment or transfer).");
            }
            if (t.accessModel() == DataAccessModel.TRANSFER && !t.dpiaRequired()) {
                p.add("Transferring personal health data to the sponsor requires a DPIA.");
            }
            if (t.gdprRoles() == GdprRoles.CONTROLLER_PROCESSOR && t.resultsOwner() == ResultsOwner.SPONSOR
                    && t.accessModel() == DataAccessModel.TRANSFER) {
                p.add("A processor acts only on the controller's instructions and cannot take the data over: choose joint or independent controllers.");
            }
        }
        if (t.licenceTerms() != null && t.licenceTerms().length() > 1000) {
            p.add("Licence terms are at most 1,000 characters.");
        }
        if (t.legalBasis() != null && t.legalBasis().length() > 500) {
            p.add("The legal basis is at most 500 characters.");
        }
        if (t.ethicsApprovalReference() != null && t.ethicsApprovalReference().length() > 200) {
            p.add("The ethics approval reference is at most 200 characters.");
        }
        return p;
    }
}
