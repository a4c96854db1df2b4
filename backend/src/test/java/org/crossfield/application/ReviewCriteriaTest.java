package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReviewCriteriaTest {

    private static final List<CriterionSummary> STORED = List.of(new CriterionSummary(7, 1, "Fit", 2),
            new CriterionSummary(8, 2, "Motivation", 1));

    @Test
    void withoutCriteriaOfItsOwnAPostingUsesTheDefaults() {
        ReviewCriteria none = new ReviewCriteria(List.of(), false);
        assertThat(none.unwritten()).isTrue();
        assertThat(none.effective()).isEqualTo(ReviewCriteria.DEFAULTS);
        assertThat(new ReviewCriteria(STORED, false).effective()).isEqualTo(STORED);
        assertThat(new ReviewCriteria(STORED, false).weights()).containsEntry(7L, 2.0).containsEntry(8L, 1.0);
    }

    @Test
    void aReplacementIsNumberedInOrderWithStrippedNames() {
        assertThat(new ReviewCriteria(STORED, false).replaceWith(List.of(new CriterionCmd(" Data skills ", 1.5),
                new CriterionCmd("Writing", 0.5)))).containsExactly(new CriterionSummary(0, 1, "Data skills", 1.5),
                new CriterionSummary(0, 2, "Writing", 0.5));
    }

    @Test
    void refusesNoneTooManyNamelessDoubleOrBadlyWeightedCriteria() {
        ReviewCriteria criteria = new ReviewCriteria(List.of(), false);
        assertThatThrownBy(() -> criteria.replaceWith(List.of())).hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> criteria.replaceWith(IntStream.rangeClosed(1, 11).mapToObj(i -> new CriterionCmd("C" + i, 1)).toList()))
                .hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd(" ", 1)))).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd("x".repeat(101), 1)))).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd("Fit", 1), new CriterionCmd("FIT ", 2))))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd("Fit", 0)))).hasMessageContaining("above 0");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd("Fit", 10.5)))).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> criteria.replaceWith(List.of(new CriterionCmd("Fit", Double.NaN)))).hasMessageContaining("above 0");
    }

    @Test
    void criteriaAreFixedOnceAnyoneScored() {
        assertThatThrownBy(() -> new ReviewCriteria(STORED, true).replaceWith(List.of(new CriterionCmd("Fit", 1))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("no longer change");
    }

    @Test
    void scoresAreForThePostingsOwnCriteriaInRangeWithShortComments() {
        ReviewCriteria criteria = new ReviewCriteria(STORED, false);
        criteria.check(List.of(new ScoreCmd.CriterionScore(7, 1, null), new ScoreCmd.CriterionScore(8, 5, "ok")));
        assertThatThrownBy(() -> criteria.check(List.of())).hasMessageContaining("at least one criterion");
        assertThatThrownBy(() -> criteria.check(null)).hasMessageContaining("at least one criterion");
        assertThatThrownBy(() -> criteria.check(List.of(new ScoreCmd.CriterionScore(9, 3, null))))
                .hasMessageContaining("does not use");
        assertThatThrownBy(() -> criteria.check(List.of(new ScoreCmd.CriterionScore(7, 0, null)))).hasMessageContaining("\"Fit\"");
        assertThatThrownBy(() -> criteria.check(List.of(new ScoreCmd.CriterionScore(7, 6, null)))).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> criteria.check(List.of(new ScoreCmd.CriterionScore(7, 3, "x".repeat(1_001)))))
                .hasMessageContaining("1000 characters");
    }
}
