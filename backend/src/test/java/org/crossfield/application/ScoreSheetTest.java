package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

    private static final ReviewCriteria CRITERIA = new ReviewCriteria(List.of(new CriterionSummary(7, 1, "Fit", 2)), false);

    @Test
    void aReviewerScoresASubmittedUndecidedApplicationWithTidiedComments() {
        ScoreSheet sheet = new ScoreSheet(ApplicationStatus.UNDER_REVIEW, false, CRITERIA);
        assertThat(sheet.canScore()).isTrue();
        assertThat(sheet.score(List.of(new ScoreCmd.CriterionScore(7, 4, "  Strong  "))))
                .containsExactly(new ScoreCmd.CriterionScore(7, 4, "Strong"));
        assertThat(sheet.score(List.of(new ScoreCmd.CriterionScore(7, 4, " ")))).containsExactly(new ScoreCmd.CriterionScore(7, 4, null));
    }

    @Test
    void noScoringAfterAConflictOfInterestOrOnceDecided() {
        ScoreSheet conflicted = new ScoreSheet(ApplicationStatus.SUBMITTED, true, CRITERIA);
        assertThat(conflicted.canScore()).isFalse();
        assertThatThrownBy(() -> conflicted.score(List.of(new ScoreCmd.CriterionScore(7, 4, null))))
                .hasMessageContaining("conflict of interest");
        for (ApplicationStatus closed : List.of(ApplicationStatus.DRAFT, ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED,
                ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED)) {
            ScoreSheet sheet = new ScoreSheet(closed, false, CRITERIA);
            assertThat(sheet.canScore()).as(closed.name()).isFalse();
            assertThatThrownBy(() -> sheet.score(List.of(new ScoreCmd.CriterionScore(7, 4, null))))
                    .hasMessageContaining("scoring is closed");
        }
    }

    @Test
    void aConflictIsDeclaredOnceWithAShortReason() {
        assertThat(new ScoreSheet(ApplicationStatus.SUBMITTED, false, CRITERIA).declareConflict("  My former student ")).isEqualTo(
                "My former student");
        assertThatThrownBy(() -> new ScoreSheet(ApplicationStatus.SUBMITTED, false, CRITERIA).declareConflict(" "))
                .hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> new ScoreSheet(ApplicationStatus.SUBMITTED, false, CRITERIA).declareConflict("x".repeat(501)))
                .hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> new ScoreSheet(ApplicationStatus.SUBMITTED, true, CRITERIA).declareConflict("Again"))
                .hasMessageContaining("already declared");
    }
}
