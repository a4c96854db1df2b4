package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewScoresTest {

    @Test
    void aReviewersAverageWeighsEachScoredCriterion() {
        Map<Long, Double> weights = Map.of(1L, 2.0, 2L, 1.0, 3L, 1.0);
        assertThat(ReviewScores.weightedAverage(Map.of(1L, 4, 2L, 1), weights)).isEqualTo(3.0);
        assertThat(ReviewScores.weightedAverage(Map.of(1L, 5, 2L, 3, 3L, 4), weights)).isEqualTo(4.25);
        assertThat(ReviewScores.weightedAverage(Map.of(), weights)).isNull();
        assertThat(ReviewScores.weightedAverage(Map.of(9L, 5), weights)).as("a criterion the posting no longer has").isNull();
    }

    @Test
    void theOverallAverageCountsEachReviewerOnceAndSkipsThoseWithoutScores() {
        assertThat(ReviewScores.overall(Arrays.asList(3.0, 5.0, null))).isEqualTo(4.0);
        assertThat(ReviewScores.overall(Arrays.asList(null, null))).isNull();
        assertThat(ReviewScores.overall(Arrays.asList(1.0, 2.0, 2.0))).isEqualTo(1.67);
    }
}
