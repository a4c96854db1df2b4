package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The terms that differ between two versions, each with a label and both values as a reader would say them. */
public final class TermsDiff {

    /** One changed term. */
    public record Change(String term, String before, String after) {
    }

    private TermsDiff() {
    }

    public static List<Change> between(AgreementTerms a, AgreementTerms b) {
        List<Change> changes = new ArrayList<>();
        List<String[]> x = describe(a);
        List<String[]> y = describe(b);
        for (int i = 0; i < x.size(); i++) {
            if (!Objects.equals(x.get(i)[1], y.get(i)[1])) {
                changes.add(new Change(x.get(i)[0], x.get(i)[1], y.get(i)[1]));
            }
        }
        return changes;
    }

    /** Every term as (label, value), in the order of the form. */
    public static List<String[]> describe(AgreementTerms t) {
        List<String[]> d = new ArrayList<>();
        d.add(new String[] {"Results owner", t.resultsOwner().phrase()});
        d.add(new String[] {"Sponsor rights", t.sponsorRights().phrase()});
        d.add(new String[] {"Option period", t.optionPeriodMonths() == null ? "—" : t.optionPeriodMonths() + " months"});
        d.add(new String[] {"Licence terms", t.licenceTerms() == null ? "—" : t.licenceTerms()});
        d.add(new String[] {"Academic use reserved", yesNo(t.academicUseReserved())});
        d.add(new String[] {"Publication", t.publicationRegime().phrase()});
        d.add(new String[] {"Publication notice", t.publicationNoticeDays() + " days"});
        d.add(new String[] {"Maximum publication delay", t.publicationMaxDelayDays() == null ? "—" : t.publicationMaxDelayDays() + " days"});
        d.add(new String[] {"Confidentiality after the end", t.confidentialityYears() + " years"});
        d.add(new String[] {"Examiners sign an NDA", yesNo(t.thesisExaminerNda())});
        d.add(new String[] {"Thesis library embargo", t.thesisEmbargoMonths() + " months"});
        d.add(new String[] {"Background IP included", yesNo(t.backgroundIpIncluded())});
        d.add(new String[] {"GDPR roles", t.gdprRoles().phrase()});
        d.add(new String[] {"Legal basis", t.legalBasis() == null ? "—" : t.legalBasis()});
        d.add(new String[] {"Data access", t.accessModel().phrase()});
        d.add(new String[] {"DPIA required", yesNo(t.dpiaRequired())});
        d.add(new String[] {"Ethics approval", t.ethicsApprovalReference() == null ? "—" : t.ethicsApprovalReference()});
        d.add(new String[] {"Transfer outside the EEA", yesNo(t.transferOutsideEea())});
        return d;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
