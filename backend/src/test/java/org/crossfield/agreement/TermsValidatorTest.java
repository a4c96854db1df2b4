package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsValidatorTest {

    static IpRegime lambert(int n) {
        return switch (n) {
            case 1 -> new IpRegime("LAMBERT_1", "Model 1", "UNIVERSITY", "NON_EXCLUSIVE_FIELD_TERRITORY", true, "FREE_WITH_REVIEW", 30, 90, 3,
                    "sponsor may not sublicense");
            case 2 -> new IpRegime("LAMBERT_2", "Model 2", "UNIVERSITY", "OPTION_EXCLUSIVE_LICENCE", true, "FREE_WITH_REVIEW", 30, 90, 3, null);
            case 4 -> new IpRegime("LAMBERT_4", "Model 4", "SPONSOR", "ASSIGNMENT", true, "FREE_WITH_REVIEW", 60, 90, 5, null);
            case 5 -> new IpRegime("LAMBERT_5", "Model 5", "SPONSOR", "ASSIGNMENT", false, "SPONSOR_CONSENT_REQUIRED", 60, null, 5, null);
            // as loaded from the CSV: empty cells are empty strings
            default -> new IpRegime("CUSTOM", "Custom", "", "", null, "", null, null, null, "");
        };
    }

    @Test
    void theDefaultsOfEveryRegimeAreValid() {
        for (int n : new int[] {1, 2, 4, 5, 0}) {
            IpRegime r = lambert(n);
            assertThat(TermsValidator.problems(AgreementTerms.defaultsFor(r).normalised(), r.code())).as(r.code()).isEmpty();
        }
    }

    @Test
    void defaultsComeFromTheCsvColumns() {
        AgreementTerms t = AgreementTerms.defaultsFor(lambert(1));
        assertThat(t.resultsOwner()).isEqualTo(ResultsOwner.UNIVERSITY);
        assertThat(t.sponsorRights()).isEqualTo(SponsorRights.NON_EXCLUSIVE_FIELD_TERRITORY);
        assertThat(t.publicationNoticeDays()).isEqualTo(30);
        assertThat(t.publicationMaxDelayDays()).isEqualTo(90);
        assertThat(t.confidentialityYears()).isEqualTo(3);
        assertThat(t.licenceTerms()).isEqualTo("sponsor may not sublicense");
        AgreementTerms five = AgreementTerms.defaultsFor(lambert(5));
        assertThat(five.academicUseReserved()).isFalse();
        assertThat(five.publicationRegime()).isEqualTo(PublicationRegime.SPONSOR_CONSENT_REQUIRED);
        assertThat(five.publicationMaxDelayDays()).isNull();
        assertThat(AgreementTerms.defaultsFor(lambert(2)).optionPeriodMonths()).isEqualTo(6);
    }

    @Test
    void theSponsorOwnsWithoutAcademicUseOnlyInContractResearch() {
        AgreementTerms t = AgreementTerms.defaultsFor(lambert(4)).withAcademicUseReserved(false);
        assertThat(TermsValidator.problems(t, "LAMBERT_4")).singleElement().asString()
                .contains("only in contract research (LAMBERT_5)");
        assertThat(TermsValidator.problems(t, "LAMBERT_5")).isEmpty();
    }

    @Test
    void aMaximumDelayShorterThanTheNoticePeriodIsRefused() {
        AgreementTerms t = AgreementTerms.defaultsFor(lambert(1)).withPublicationMaxDelayDays(20);
        assertThat(TermsValidator.problems(t, "LAMBERT_1"))
                .containsExactly("The maximum publication delay (20 days) cannot be shorter than the notice period (30 days).");
    }

    @Test
    void personalDataContradictionsAreNamed() {
        AgreementTerms none = AgreementTerms.defaultsFor(lambert(1)).withGdpr(GdprRoles.NO_PERSONAL_DATA, "Art. 6(1)(e)",
                DataAccessModel.NOT_APPLICABLE, true, null, true);
        List<String> problems = TermsValidator.problems(none, "LAMBERT_1");
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("no GDPR legal basis");
        assertThat(problems.get(1)).contains("DPIA is only required");
        assertThat(problems.get(2)).contains("outside the EEA");

        AgreementTerms transfer = AgreementTerms.defaultsFor(lambert(1)).withGdpr(GdprRoles.JOINT_CONTROLLERS, " ",
                DataAccessModel.TRANSFER, false, "METC 2026-114", false);
        assertThat(TermsValidator.problems(transfer.normalised(), "LAMBERT_1"))
                .anyMatch(p -> p.contains("need a GDPR legal basis")).anyMatch(p -> p.contains("requires a DPIA"));

        AgreementTerms fine = AgreementTerms.defaultsFor(lambert(1)).withGdpr(GdprRoles.CONTROLLER_PROCESSOR,
                "Art. 6(1)(e) and 9(2)(j) GDPR", DataAccessModel.TRUSTED_RESEARCH_ENVIRONMENT, true, "METC 2026-114", false);
        assertThat(TermsValidator.problems(fine, "LAMBERT_1")).isEmpty();
    }

    @Test
    void optionsNeedAnOptionPeriodAndOnlyOptionsHaveOne() {
        AgreementTerms two = AgreementTerms.defaultsFor(lambert(2));
        AgreementTerms noPeriod = new AgreementTerms(two.resultsOwner(), two.sponsorRights(), null, null, true, two.publicationRegime(),
                30, 90, 3, false, 0, false, GdprRoles.NO_PERSONAL_DATA, null, DataAccessModel.NOT_APPLICABLE, false, null, false);
        assertThat(TermsValidator.problems(noPeriod, "LAMBERT_2")).containsExactly("An option needs an option period between 1 and 12 months.");
        AgreementTerms one = AgreementTerms.defaultsFor(lambert(1));
        AgreementTerms stray = new AgreementTerms(one.resultsOwner(), one.sponsorRights(), 6, null, true, one.publicationRegime(),
                30, 90, 3, false, 0, false, GdprRoles.NO_PERSONAL_DATA, null, DataAccessModel.NOT_APPLICABLE, false, null, false);
        assertThat(TermsValidator.problems(stray, "LAMBERT_1")).singleElement().asString().contains("option period only applies");
        // normalising drops the stray period
        assertThat(TermsValidator.problems(stray.normalised(), "LAMBERT_1")).isEmpty();
    }

    @Test
    void consentOnlyPublicationAndRangesAreChecked() {
        AgreementTerms one = AgreementTerms.defaultsFor(lambert(1));
        AgreementTerms consent = new AgreementTerms(one.resultsOwner(), one.sponsorRights(), null, null, true,
                PublicationRegime.SPONSOR_CONSENT_REQUIRED, 30, null, 3, false, 30, false, GdprRoles.NO_PERSONAL_DATA, null,
                DataAccessModel.NOT_APPLICABLE, false, null, false);
        assertThat(TermsValidator.problems(consent, "LAMBERT_1"))
                .anyMatch(p -> p.contains("for contract research")).anyMatch(p -> p.contains("thesis embargo"));
        AgreementTerms ownership = new AgreementTerms(ResultsOwner.UNIVERSITY, SponsorRights.ASSIGNMENT, null, null, true,
                PublicationRegime.FREE_WITH_REVIEW, 30, 90, 11, false, 0, false, GdprRoles.NO_PERSONAL_DATA, null,
                DataAccessModel.NOT_APPLICABLE, false, null, false);
        assertThat(TermsValidator.problems(ownership, "CUSTOM"))
                .anyMatch(p -> p.contains("cannot also be assigned")).anyMatch(p -> p.contains("Confidentiality"));
    }
}
