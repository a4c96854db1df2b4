package org.crossfield.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A posting's weighted review criteria and their rules: between 1 and {@link #MAX} criteria with distinct names of at
 * most 100 characters and weights above 0 and at most 10; the defaults while the owner set none; fixed once anyone
 * scored against them; scores run from {@link ReviewScores#MIN} to {@link ReviewScores#MAX} on the posting's own criteria.
 */
final class ReviewCriteria {

    static final int MAX = 10;
    static final int MAX_SCORE_COMMENT = 1_000;
    /** Used while a posting's owner has set no criteria of their own. */
    static final List<CriterionSummary> DEFAULTS = List.of(
            new CriterionSummary(0, 1, "Competency fit", 2),
            new CriterionSummary(0, 2, "Motivation", 1),
            new CriterionSummary(0, 3, "Research experience", 1));

    private final List<CriterionSummary> stored;
    private final boolean scored;

    /** @param stored the posting's criteria as written, in order; {@code scored}: someone scored against them. */
    ReviewCriteria(List<CriterionSummary> stored, boolean scored) {
        this.stored = List.copyOf(stored);
        this.scored = scored;
    }

    /** The criteria reviewers see: the stored ones, or the defaults (not yet written, id 0). */
    List<CriterionSummary> effective() {
        return stored.isEmpty() ? DEFAULTS : stored;
    }

    /** No criteria are written yet: the defaults are written before anyone may score against them. */
    boolean unwritten() {
        return stored.isEmpty();
    }

    /** The criteria that replace these (id 0, positions from 1), checked; refused once anyone has scored. */
    List<CriterionSummary> replaceWith(List<CriterionCmd> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX) {
            throw new InvalidApplicationException("application.error.criteria-count", "Give between 1 and " + MAX + " review criteria.", MAX);
        }
        Set<String> names = new HashSet<>();
        List<CriterionSummary> replacement = new ArrayList<>();
        for (CriterionCmd c : criteria) {
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                throw new InvalidApplicationException("application.error.criterion-name", "Every criterion needs a name of at most 100 characters.", 100);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidApplicationException("application.error.criterion-twice", "The criterion \"" + name + "\" is listed twice.", name);
            }
            if (!(c.weight() > 0) || c.weight() > 10) {
                throw new InvalidApplicationException("application.error.criterion-weight", "The weight of \"" + name + "\" must be above 0 and at most 10.",
                        name);
            }
            replacement.add(new CriterionSummary(0, replacement.size() + 1, name, c.weight()));
        }
        if (scored) {
            throw new InvalidApplicationException("application.error.criteria-fixed", "Reviewers have already scored applications against "
                    + "these criteria; they can no longer change.");
        }
        return List.copyOf(replacement);
    }

    /** Checks a reviewer's scores against the stored criteria: each for one of them, in range, with a short comment. */
    void check(List<ScoreCmd.CriterionScore> scores) {
        if (scores == null || scores.isEmpty()) {
            throw new InvalidApplicationException("application.error.score-required", "Give a score for at least one criterion.");
        }
        Map<Long, CriterionSummary> byId = new HashMap<>();
        stored.forEach(c -> byId.put(c.id(), c));
        for (ScoreCmd.CriterionScore s : scores) {
            CriterionSummary criterion = byId.get(s.criterionId());
            if (criterion == null) {
                throw new InvalidApplicationException("application.error.unknown-criterion", "One of the scores is for a criterion this posting does not use.");
            }
            if (s.score() < ReviewScores.MIN || s.score() > ReviewScores.MAX) {
                throw new InvalidApplicationException("application.error.score-range", "Scores run from 1 to 5; " + s.score() + " for \""
                        + criterion.name() + "\" is outside that range.", s.score(), criterion.name());
            }
            if (s.comment() != null && s.comment().strip().length() > MAX_SCORE_COMMENT) {
                throw new InvalidApplicationException("application.error.score-comment-length", "A comment on a score is limited to " + MAX_SCORE_COMMENT
                        + " characters.", MAX_SCORE_COMMENT);
            }
        }
    }

    /** The weight of every effective criterion, by id. */
    Map<Long, Double> weights() {
        Map<Long, Double> weights = new HashMap<>();
        effective().forEach(c -> weights.put(c.id(), c.weight()));
        return weights;
    }
}
