package org.crossfield.application;

import java.util.List;

/** The current reviewer's scores of one application, one per criterion (1–5, with an optional comment). */
public record ScoreCmd(long applicationId, List<CriterionScore> scores) {

    public record CriterionScore(long criterionId, int score, String comment) {
    }
}
