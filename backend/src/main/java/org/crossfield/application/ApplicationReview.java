package org.crossfield.application;

import java.util.List;

/**
 * The review of one application as its owners and review team see it (never the student): the posting's criteria,
 * every reviewer's scores with their weighted average, the average over the reviewers who scored, and what the
 * current person may do. {@code weightedAverage} is {@code null} until someone scored.
 */
public record ApplicationReview(long applicationId, List<CriterionSummary> criteria, List<ReviewerSheet> sheets,
                                Double weightedAverage, boolean canDecide, boolean conflicted, boolean canScore) {

    /** One reviewer's scores; a conflicted reviewer has none and shows the declared reason. */
    public record ReviewerSheet(long reviewerId, String reviewerName, boolean conflicted, String conflictReason,
                                List<GivenScore> scores, Double weightedAverage) {
    }

    public record GivenScore(long criterionId, int score, String comment) {
    }
}
