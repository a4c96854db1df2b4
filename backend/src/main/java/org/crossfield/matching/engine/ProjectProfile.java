package org.crossfield.matching.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's requirements compiled for fast scoring. This is the single implementation of the score formula:
 * {@link Scoring}, {@link MentorIndex}, {@link OptimalAssigner} and the CLI all go through it, so the same pair always
 * gets bit-for-bit the same score.
 *
 * <p>For requirement i with weight w<sub>i</sub> and required level r<sub>i</sub>, the term for mentor level ℓ is
 * {@code term(i, ℓ) = w_i * (min(ℓ, r_i) / (double) r_i)}; the score is {@code (Σ_i term(i, ℓ_i)) / Σ_i w_i}, summed in
 * requirement order. When every requirement is met each term equals w<sub>i</sub> exactly, so the score is exactly
 * 1.0; raising a level never lowers a term, so scores are monotone in levels and stay within [0, 1].
 * A project without requirements scores 1.0.
 */
public final class ProjectProfile {

    static final int LEVELS = Scoring.MAX_LEVEL + 1;

    final String[] competencies;
    final int[] required;
    final boolean[] mustHave;
    final double[] weights;
    /** terms[i * LEVELS + level]. */
    final double[] terms;
    final double totalWeight;
    /** Indices of must-have requirements. */
    final int[] mustHaveIndices;

    ProjectProfile(List<Requirement> requirements) {
        int n = requirements.size();
        competencies = new String[n];
        required = new int[n];
        mustHave = new boolean[n];
        weights = new double[n];
        terms = new double[n * LEVELS];
        double total = 0;
        int musts = 0;
        for (int i = 0; i < n; i++) {
            Requirement r = requirements.get(i);
            competencies[i] = r.competency();
            required[i] = r.level();
            mustHave[i] = r.mustHave();
            weights[i] = r.weight();
            total += r.weight();
            if (r.mustHave()) {
                musts++;
            }
            for (int l = 0; l < LEVELS; l++) {
                terms[i * LEVELS + l] = r.weight() * (Math.min(l, r.level()) / (double) r.level());
            }
        }
        if (!Double.isFinite(total)) {
            // a sum of ∞ would score every mentor 0 (or NaN): refuse instead of ranking nonsense
            throw new InvalidInstanceException("requirement weights add up to more than the largest number a score can use");
        }
        totalWeight = total;
        mustHaveIndices = new int[musts];
        for (int i = 0, j = 0; i < n; i++) {
            if (mustHave[i]) {
                mustHaveIndices[j++] = i;
            }
        }
    }

    /** Number of requirements. */
    public int size() {
        return competencies.length;
    }

    /** Competency code of requirement i. */
    public String competency(int i) {
        return competencies[i];
    }

    /** Score for the given levels, one per requirement in requirement order (0..5). */
    public double score(int[] levels) {
        double num = 0;
        for (int i = 0; i < competencies.length; i++) {
            num += terms[i * LEVELS + levels[i]];
        }
        return scoreOf(num);
    }

    /** Turns a numerator Σ term(i, ℓ_i) (summed in requirement order) into the score. */
    double scoreOf(double numerator) {
        return totalWeight == 0 ? 1.0 : numerator / totalWeight;
    }

    /** Number of requirements whose level is below the required level. */
    public int unmet(int[] levels) {
        int u = 0;
        for (int i = 0; i < required.length; i++) {
            if (levels[i] < required[i]) {
                u++;
            }
        }
        return u;
    }

    /** True if every must-have requirement is met. */
    public boolean meetsMustHaves(int[] levels) {
        for (int i : mustHaveIndices) {
            if (levels[i] < required[i]) {
                return false;
            }
        }
        return true;
    }

    /** Contribution of requirement i at the given level: term(i, level) / Σw. */
    public double contribution(int i, int level) {
        return totalWeight == 0 ? 0.0 : terms[i * LEVELS + level] / totalWeight;
    }

    /** Full explanation for a mentor with the given per-requirement levels. */
    public Explanation explain(String mentorId, int[] levels, Eligibility listed, boolean sameOrganisation) {
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (int i = 0; i < competencies.length; i++) {
            contributions.put(competencies[i], contribution(i, levels[i]));
        }
        Eligibility e;
        if (sameOrganisation) {
            e = Eligibility.SAME_ORGANISATION;
        } else if (listed != Eligibility.ELIGIBLE) {
            e = listed;
        } else if (!meetsMustHaves(levels)) {
            e = Eligibility.MISSING_MUST_HAVE;
        } else {
            e = Eligibility.ELIGIBLE;
        }
        return new Explanation(mentorId, e, score(levels), unmet(levels), contributions);
    }
}
