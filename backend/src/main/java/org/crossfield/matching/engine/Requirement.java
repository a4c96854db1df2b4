package org.crossfield.matching.engine;

import java.util.Objects;

/**
 * One competency a project asks for.
 *
 * @param competency competency code, e.g. {@code DSDA01}
 * @param level      required level, 1..5
 * @param weight     relative weight, finite and &gt; 0
 * @param mustHave   if true, a mentor below {@code level} is ineligible for the project
 */
public record Requirement(String competency, int level, double weight, boolean mustHave) {

    public Requirement {
        Objects.requireNonNull(competency, "competency");
        if (level < 1 || level > Scoring.MAX_LEVEL) {
            throw new InvalidInstanceException("requirement level of " + competency + " must be 1-5, was " + level);
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidInstanceException("requirement weight of " + competency + " must be positive, was " + weight);
        }
    }
}
