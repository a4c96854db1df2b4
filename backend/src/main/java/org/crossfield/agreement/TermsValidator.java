package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;
import org.crossfield.i18n.Text;

/**
 * Which combinations of terms make sense; every problem is one sentence a party can act on, with the key of its text in
 * the {@code agreement} bundle ({@code agreement.validation.*}) so that the screens say it in the person's language.
 */
public final class TermsValidator {

    public static final int MAX_NOTICE_DAYS = 180;
    public static final int MAX_DELAY_DAYS = 365;
    public static final int MAX_CONFIDENTIALITY_YEARS = 10;
    public static final int MAX_EMBARGO_MONTHS = 24;
    public static final int MAX_OPTION_MONTHS = 12;

    private TermsValidator() {
    }

    /** The problems of these terms under the regime {@code regimeCode}, in English; empty when they can be proposed. */
    public static List<String> problems(AgreementTerms t, String regimeCode) {
        return refusals(t, regimeCode).stream().map(Text::english).toList();
    }

    /** The problems of these terms under the regime {@code regimeCode}, each with its key; empty when they can be proposed. */
    public static List<Text> refusals(AgreementTerms t, String regimeCode) {
        List<Text> p = new ArrayList<>();
        if (t == null) {
            return List.of(new Text("agreement.error.no-terms", "The terms are missing."));
        }
        if (t.resultsOwner() == null) {
            p.add(new Text("agreement.validation.owner-missing", "Say who owns the results."));
        }
        if (t.sponsorRights() == null) {
            p.add(new Text("agreement.validation.rights-missing", "Say what rights the sponsor receives."));
        }
        if (t.publicationRegime() == null) {
            p.add(new Text("agreement.validation.publication-missing", "Choose a publication regime."));
        }
        if (t.gdprRoles() == null) {
            p.add(new Text("agreement.validation.gdpr-missing", "Choose the GDPR roles (\"no personal data\" if none are processed)."));
        }
        if (t.accessModel() == null) {
            p.add(new Text("agreement.validation.access-missing", "Choose how the data are reached (\"no data access\" if none)."));
        }
        if (!p.isEmpty()) {
            return p;
        }
        boolean contractResearch = IpRegime.CONTRACT_RESEARCH.equals(regimeCode);
        // ownership and rights
        if (t.resultsOwner() == ResultsOwner.SPONSOR && !t.academicUseReserved() && !contractResearch) {
            p.add(new Text("agreement.validation.sponsor-owns-needs-academic-use", "The sponsor may own the results without the university keeping academic use only in contract research"
                    + " (LAMBERT_5): reserve academic use or choose the contract-research template."));
        }
        if (t.resultsOwner() == ResultsOwner.UNIVERSITY && t.sponsorRights() == SponsorRights.ASSIGNMENT) {
            p.add(new Text("agreement.validation.university-owns-no-assignment", "Results owned by the university cannot also be assigned to the sponsor: choose the sponsor as owner or an option to negotiate an assignment."));
        }
        if (t.resultsOwner() == ResultsOwner.SPONSOR && t.sponsorRights() != SponsorRights.ASSIGNMENT) {
            p.add(new Text("agreement.validation.sponsor-owns-assignment", "When the sponsor owns the results, its right is an assignment."));
        }
        if (t.sponsorRights().isOption()) {
            if (t.optionPeriodMonths() == null || t.optionPeriodMonths() < 1 || t.optionPeriodMonths() > MAX_OPTION_MONTHS) {
                p.add(new Text("agreement.validation.option-period-range", "An option needs an option period between 1 and " + MAX_OPTION_MONTHS + " months.", MAX_OPTION_MONTHS));
            }
        } else if (t.optionPeriodMonths() != null) {
            p.add(new Text("agreement.validation.option-period-stray", "An option period only applies to an option to negotiate a licence or an assignment."));
        }
        // publication
        if (t.publicationNoticeDays() < 1 || t.publicationNoticeDays() > MAX_NOTICE_DAYS) {
            p.add(new Text("agreement.validation.notice-range", "The publication notice period must be between 1 and " + MAX_NOTICE_DAYS + " days.", MAX_NOTICE_DAYS));
        }
        if (t.publicationRegime() == PublicationRegime.SPONSOR_CONSENT_REQUIRED) {
            if (!contractResearch) {
                p.add(new Text("agreement.validation.consent-contract-research", "Publication only with the sponsor's consent is for contract research (LAMBERT_5); other regimes publish after review."));
            }
            if (t.publicationMaxDelayDays() != null) {
                p.add(new Text("agreement.validation.delay-with-consent", "A maximum publication delay does not apply when publication needs the sponsor's consent."));
            }
        } else if (t.publicationMaxDelayDays() == null) {
            p.add(new Text("agreement.validation.delay-missing", "Give the maximum publication delay the sponsor may ask for."));
        } else if (t.publicationMaxDelayDays() < t.publicationNoticeDays()) {
            p.add(new Text("agreement.validation.delay-below-notice", "The maximum publication delay (" + t.publicationMaxDelayDays() + " days) cannot be shorter than the notice period ("
                    + t.publicationNoticeDays() + " days).", t.publicationMaxDelayDays(), t.publicationNoticeDays()));
        } else if (t.publicationMaxDelayDays() > MAX_DELAY_DAYS) {
            p.add(new Text("agreement.validation.delay-range", "A publication may be delayed by at most " + MAX_DELAY_DAYS + " days.", MAX_DELAY_DAYS));
        }
        // confidentiality and thesis
        if (t.confidentialityYears() < 0 || t.confidentialityYears() > MAX_CONFIDENTIALITY_YEARS) {
            p.add(new Text("agreement.validation.confidentiality-range", "Confidentiality after the end must be between 0 and " + MAX_CONFIDENTIALITY_YEARS + " years.", MAX_CONFIDENTIALITY_YEARS));
        }
        if (t.thesisEmbargoMonths() < 0 || t.thesisEmbargoMonths() > MAX_EMBARGO_MONTHS) {
            p.add(new Text("agreement.validation.embargo-range", "A thesis embargo is between 0 and " + MAX_EMBARGO_MONTHS
                    + " months; a longer one would keep the student's work hidden too long.", MAX_EMBARGO_MONTHS));
        }
        // personal data
        if (!t.gdprRoles().personalData()) {
            if (t.legalBasis() != null && !t.legalBasis().isBlank()) {
                p.add(new Text("agreement.validation.legal-basis-without-data", "With no personal data there is no GDPR legal basis to name: remove it or choose the GDPR roles."));
            }
            if (t.dpiaRequired()) {
                p.add(new Text("agreement.validation.dpia-without-data", "A DPIA is only required when personal data are processed: choose the GDPR roles or untick the DPIA."));
            }
            if (t.transferOutsideEea()) {
                p.add(new Text("agreement.validation.transfer-without-data", "With no personal data nothing personal can be transferred outside the EEA: choose the GDPR roles or untick the transfer."));
            }
        } else {
            if (t.legalBasis() == null || t.legalBasis().isBlank()) {
                p.add(new Text("agreement.validation.legal-basis-missing", "Personal data need a GDPR legal basis (e.g. Art. 6(1)(e) and 9(2)(j) GDPR, scientific research)."));
            }
            if (t.accessModel() == DataAccessModel.NOT_APPLICABLE) {
                p.add(new Text("agreement.validation.access-for-data", "Personal data are processed: say how they are reached (federated, trusted research environment or transfer)."));
            }
            if (t.accessModel() == DataAccessModel.TRANSFER && !t.dpiaRequired()) {
                p.add(new Text("agreement.validation.transfer-needs-dpia", "Transferring personal health data to the sponsor requires a DPIA."));
            }
            if (t.gdprRoles() == GdprRoles.CONTROLLER_PROCESSOR && t.resultsOwner() == ResultsOwner.SPONSOR
                    && t.accessModel() == DataAccessModel.TRANSFER) {
                p.add(new Text("agreement.validation.processor-cannot-take-over", "A processor acts only on the controller's instructions and cannot take the data over: choose joint or independent controllers."));
            }
        }
        if (t.licenceTerms() != null && t.licenceTerms().length() > 1000) {
            p.add(new Text("agreement.validation.licence-length", "Licence terms are at most 1,000 characters."));
        }
        if (t.legalBasis() != null && t.legalBasis().length() > 500) {
            p.add(new Text("agreement.validation.legal-basis-length", "The legal basis is at most 500 characters."));
        }
        if (t.ethicsApprovalReference() != null && t.ethicsApprovalReference().length() > 200) {
            p.add(new Text("agreement.validation.ethics-length", "The ethics approval reference is at most 200 characters."));
        }
        return p;
    }
}
