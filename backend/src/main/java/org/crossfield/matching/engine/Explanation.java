package org.crossfield.matching.engine;

import java.util.Map;

/**
 * Why a mentor scores what it scores for a project.
 *
 * @param mentor        mentor id
 * @param eligibility   {@link Eligibility#ELIGIBLE} or the reason the pair may not be matched
 * @param score         score in [0, 1] (computed even when ineligible, so a UI can show "would have scored")
 * @param unmet         number of requirements whose level is below the required level
 * @param contributions per requirement, in the project's requirement order: w·min(level, required)/required / Σw.
 *                      They add up to {@code score} (up to floating-point rounding).
 */
public record Explanation(String mentor, Eligibility eligibility, double score, int unmet,
                          Map<String, Double> contributions) {

    public Explanation {
        contributions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
    }

    public boolean eligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }
}
