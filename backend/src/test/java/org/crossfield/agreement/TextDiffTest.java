package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void changedLinesAreRemovedAndAddedAroundTheCommonOnes() {
        List<TextDiff.Line> d = TextDiff.lines("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
        assertThat(d).containsExactly(new TextDiff.Line(TextDiff.Kind.SAME, "a"), new TextDiff.Line(TextDiff.Kind.REMOVED, "b"),
                new TextDiff.Line(TextDiff.Kind.ADDED, "B"), new TextDiff.Line(TextDiff.Kind.SAME, "c"),
                new TextDiff.Line(TextDiff.Kind.SAME, "d"), new TextDiff.Line(TextDiff.Kind.ADDED, "e"));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(TextDiff.lines("x\n", "x\n")).containsExactly(new TextDiff.Line(TextDiff.Kind.SAME, "x"));
        assertThat(TextDiff.lines("", "y")).containsExactly(new TextDiff.Line(TextDiff.Kind.ADDED, "y"));
    }

    @Test
    void termsDiffNamesEachChangedTerm() {
        AgreementTerms a = AgreementTerms.defaultsFor(TermsValidatorTest.lambert(1));
        List<TermsDiff.Change> changes = TermsDiff.between(a, a.withPublicationMaxDelayDays(120));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.term()).isEqualTo("max-delay");
            assertThat(c.termKey()).isEqualTo("agreement.diff.term.max-delay");
            // a code and its arguments, worded by the screen in the reader's language; the English stays for logs
            assertThat(c.before().key()).isEqualTo("agreement.diff.days");
            assertThat(c.before().messageArguments()).containsExactly(90);
            assertThat(c.after().messageArguments()).containsExactly(120);
            assertThat(c.after().english()).isEqualTo("120 days");
        });
    }

    @Test
    void termsDiffSaysEnumsByKeyAndTypedWordsAsTyped() {
        AgreementTerms a = AgreementTerms.defaultsFor(TermsValidatorTest.lambert(1));
        List<TermsDiff.Change> changes = TermsDiff.between(a, a.withAcademicUseReserved(!a.academicUseReserved())
                .withGdpr(a.gdprRoles(), a.legalBasis(), a.accessModel(), a.dpiaRequired(), "EC-2026-17", a.transferOutsideEea()));
        assertThat(changes).extracting(TermsDiff.Change::term).containsExactly("academic-use", "ethics");
        assertThat(changes.getFirst().after().key()).isIn("agreement.diff.yes", "agreement.diff.no");
        assertThat(changes.get(1).before().key()).isEqualTo("agreement.diff.none-value");
        assertThat(changes.get(1).after().key()).as("a party's own words have no key").isNull();
        assertThat(changes.get(1).after().english()).isEqualTo("EC-2026-17");
        assertThat(TermsDiff.describe(a)).allSatisfy(t -> assertThat(t.value().key() == null
                ? t.code() : t.value().key()).doesNotContain(" "));
        assertThat(TermsDiff.describe(a)).filteredOn(t -> t.code().equals("results-owner")).singleElement()
                .extracting(t -> t.value().key()).isEqualTo("agreement.term.results-owner." + a.resultsOwner().name());
    }
}
