package org.crossfield.application;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** The weighted averages shown to reviewers: per reviewer over the criteria they scored, then over the reviewers. */
final class ReviewScores {

    static final int MIN = 1;
    static final int MAX = 5;

    private ReviewScores() {
    }

    /** Σ weight·score / Σ weight over the scored criteria; {@code null} when nothing is scored. */
    static Double weightedAverage(Map<Long, Integer> scoreByCriterion, Map<Long, Double> weightByCriterion) {
        double sum = 0;
        double weights = 0;
        for (var e : scoreByCriterion.entrySet()) {
            Double weight = weightByCriterion.get(e.getKey());
            if (weight != null && weight > 0) {
                sum += weight * e.getValue();
                weights += weight;
            }
        }
        return weights == 0 ? null : round(sum / weights);
    }

    /** The plain mean of the reviewers' weighted averages (each reviewer counts once); {@code null} when none. */
    static Double overall(Collection<Double> reviewerAverages) {
        var present = reviewerAverages.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        if (present.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : present) {
            sum += v;
        }
        return round(sum / present.length);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
