package org.crossfield.application;

import java.util.List;

/**
 * One reviewer's part in the review of one application, with its rules: a reviewer scores only an application that is
 * submitted and not yet decided, only against the posting's criteria, and not after declaring a conflict of interest;
 * declaring one (once, with a reason of at most 500 characters) withdraws the scores already given.
 */
final class ScoreSheet {

    static final int MAX_CONFLICT_REASON = 500;

    private final ApplicationStatus status;
    private final boolean conflicted;
    private final ReviewCriteria criteria;

    ScoreSheet(ApplicationStatus status, boolean conflicted, ReviewCriteria criteria) {
        this.status = status;
        this.conflicted = conflicted;
        this.criteria = criteria;
    }

    boolean conflicted() {
        return conflicted;
    }

    boolean canScore() {
        return !conflicted && status.isScorable();
    }

    /** The scores to record (comments stripped, blank ones dropped), checked; refused when this reviewer may not score. */
    List<ScoreCmd.CriterionScore> score(List<ScoreCmd.CriterionScore> given) {
        if (conflicted) {
            throw new InvalidApplicationException("application.error.conflict-no-score", "You declared a conflict of interest on this application, so you cannot score it.");
        }
        if (!status.isScorable()) {
            throw new InvalidApplicationException("application.error.scoring-closed", "This application is " + status.label().toLowerCase()
                    + "; its scoring is closed.", status);
        }
        criteria.check(given);
        return given.stream().map(s -> new ScoreCmd.CriterionScore(s.criterionId(), s.score(),
                s.comment() == null || s.comment().isBlank() ? null : s.comment().strip())).toList();
    }

    /** The reason to record for a conflict of interest, checked; refused when one is declared already. */
    String declareConflict(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_CONFLICT_REASON) {
            throw new InvalidApplicationException("application.error.conflict-reason", "Say in at most 500 characters why you have a conflict of interest.", 500);
        }
        if (conflicted) {
            throw new InvalidApplicationException("application.error.conflict-twice", "You have already declared a conflict of interest on this application.");
        }
        return why;
    }
}
