package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossfield.i18n.Text;

/**
 * The terms that differ between two versions: each term by its code and both values as translatable texts (a key of the
 * {@code agreement} bundle and its arguments, with the English for logs and the API). The screens say them in the
 * person's language; values a party typed (licence terms, legal basis, ethics reference) have no key and are shown as
 * typed.
 */
public final class TermsDiff {

    /**
     * One changed term: {@code term} is its code (the label is {@code agreement.diff.term.<code>}), {@code before} and
     * {@code after} its values.
     */
    public record Change(String term, Text before, Text after) {

        /** The term's label, e.g. {@code agreement.diff.term.max-delay}. */
        public String termKey() {
            return "agreement.diff.term." + term;
        }
    }

    /** One term of a version: its code and its value. */
    public record Term(String code, Text value) {
    }

    private TermsDiff() {
    }

    public static List<Change> between(AgreementTerms a, AgreementTerms b) {
        List<Change> changes = new ArrayList<>();
        List<Term> x = describe(a);
        List<Term> y = describe(b);
        for (int i = 0; i < x.size(); i++) {
            if (!same(x.get(i).value(), y.get(i).value())) {
                changes.add(new Change(x.get(i).code(), x.get(i).value(), y.get(i).value()));
            }
        }
        return changes;
    }

    private static boolean same(Text a, Text b) {
        return Objects.equals(a.key(), b.key()) && Objects.equals(a.english(), b.english());
    }

    /** Every term with its value, in the order of the form. */
    public static List<Term> describe(AgreementTerms t) {
        List<Term> d = new ArrayList<>();
        d.add(new Term("results-owner", phrase(t.resultsOwner(), "results-owner", t.resultsOwner() == null ? null : t.resultsOwner().phrase())));
        d.add(new Term("sponsor-rights", phrase(t.sponsorRights(), "sponsor-rights", t.sponsorRights() == null ? null : t.sponsorRights().phrase())));
        d.add(new Term("option-months", t.optionPeriodMonths() == null ? none() : months(t.optionPeriodMonths())));
        d.add(new Term("licence", typed(t.licenceTerms())));
        d.add(new Term("academic-use", yesNo(t.academicUseReserved())));
        d.add(new Term("publication", phrase(t.publicationRegime(), "publication-regime",
                t.publicationRegime() == null ? null : t.publicationRegime().phrase())));
        d.add(new Term("notice-days", days(t.publicationNoticeDays())));
        d.add(new Term("max-delay", t.publicationMaxDelayDays() == null ? none() : days(t.publicationMaxDelayDays())));
        d.add(new Term("confidentiality", new Text("agreement.diff.years", t.confidentialityYears() + " years", t.confidentialityYears())));
        d.add(new Term("examiner-nda", yesNo(t.thesisExaminerNda())));
        d.add(new Term("embargo", months(t.thesisEmbargoMonths())));
        d.add(new Term("background-ip", yesNo(t.backgroundIpIncluded())));
        d.add(new Term("gdpr", phrase(t.gdprRoles(), "gdpr-roles", t.gdprRoles() == null ? null : t.gdprRoles().phrase())));
        d.add(new Term("legal-basis", typed(t.legalBasis())));
        d.add(new Term("access", phrase(t.accessModel(), "data-access-model", t.accessModel() == null ? null : t.accessModel().phrase())));
        d.add(new Term("dpia", yesNo(t.dpiaRequired())));
        d.add(new Term("ethics", typed(t.ethicsApprovalReference())));
        d.add(new Term("outside-eea", yesNo(t.transferOutsideEea())));
        return d;
    }

    /** A term's value as the agreement says it: {@code agreement.term.<type>.<CONSTANT>}. */
    private static Text phrase(Enum<?> value, String type, String english) {
        return value == null ? none() : new Text("agreement.term." + type + "." + value.name(), english);
    }

    private static Text months(int n) {
        return new Text("agreement.diff.months", n + " months", n);
    }

    private static Text days(int n) {
        return new Text("agreement.diff.days", n + " days", n);
    }

    private static Text typed(String value) {
        return value == null ? none() : new Text(null, value);
    }

    private static Text none() {
        return new Text("agreement.diff.none-value", "—");
    }

    private static Text yesNo(boolean b) {
        return b ? new Text("agreement.diff.yes", "yes") : new Text("agreement.diff.no", "no");
    }
}
