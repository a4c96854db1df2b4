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
        assertThat(TermsDiff.between(a, a.withPublicationMaxDelayDays(120)))
                .containsExactly(new TermsDiff.Change("Maximum publication delay", "90 days", "120 days"));
    }
}
