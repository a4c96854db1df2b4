package org.crossfield.matching;

import java.util.Locale;

/**
 * One required competency's part in a score: the mentor's level against the required level, the weight, and what it
 * contributes ({@code weight · min(level, required) / required / Σ weights}).
 */
public record ContributionLine(String competencyCode, int level, int required, double weight, boolean mustHave,
                               double contribution) {

    /** The share of the requirement that is met, {@code min(level, required) / required}. */
    public double fulfilment() {
        return Math.min(level, required) / (double) required;
    }

    public boolean met() {
        return level >= required;
    }

    /** e.g. {@code HDS-03: level 2 of 3 → 0.67 × weight 2}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: level %d of %d → %.2f × weight %s%s", competencyCode, level, required,
                fulfilment(), weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight),
                mustHave ? " (must-have)" : "");
    }
}
