package org.crossfield.matching.engine;

import java.util.Objects;

/**
 * Eligibility, score, unmet count and per-competency contributions of a (project, mentor) pair. The formula itself
 * lives in {@link ProjectProfile}; use {@link #profile} when scoring one project against many mentors.
 *
 * <p>A mentor is ineligible for a project if it belongs to the project's organisation, the pair is listed in
 * conflicts or forbids, or it misses a must-have (level below the required level; an absent competency is level 0).
 * Otherwise {@code score = Σ w_c · min(ℓ_c, r_c) / r_c / Σ w_c}.
 */
public final class Scoring {

    /** Highest competency level. */
    public static final int MAX_LEVEL = 5;

    /**
     * Two scores closer than this are equal when mentors are ranked: the last bits of a double depend on how it was
     * computed ({@code 3 · (4/5)} is 2.4000000000000004, {@code 2 · (1/5) + 2} is 2.4), so the tie-breaks of the
     * contract (fewer unmet requirements, then mentor id) decide instead of rounding noise.
     */
    public static final double TIE = 1e-9;

    /**
     * The order of recommendations: score descending (scores within {@link #TIE} are equal), then fewer unmet
     * requirements, then mentor id ascending.
     */
    public static final java.util.Comparator<Explanation> RANKING = (a, b) -> {
        int c = compareScores(b.score(), a.score());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.unmet(), b.unmet());
        return c != 0 ? c : a.mentor().compareTo(b.mentor());
    };

    private Scoring() {
    }

    /** Compiles a project's requirements. */
    public static ProjectProfile profile(Project project) {
        return new ProjectProfile(project.requirements());
    }

    /** Compiles a list of requirements (at most one per competency). */
    public static ProjectProfile profile(java.util.List<Requirement> requirements) {
        return new ProjectProfile(requirements);
    }

    /** Compares two scores for ranking: 0 when they differ by less than {@link #TIE}. */
    public static int compareScores(double a, double b) {
        return Math.abs(a - b) < TIE ? 0 : Double.compare(a, b);
    }

    /** True if both organisations are non-null and equal. */
    public static boolean sameOrganisation(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Explains a pair that is not listed in conflicts or forbids. */
    public static Explanation explain(Project project, Mentor mentor) {
        return explain(project, mentor, Eligibility.ELIGIBLE);
    }

    /**
     * Explains a pair.
     *
     * @param listed {@link Eligibility#CONFLICT} or {@link Eligibility#FORBIDDEN} if the pair is listed so,
     *               otherwise {@link Eligibility#ELIGIBLE}
     */
    public static Explanation explain(Project project, Mentor mentor, Eligibility listed) {
        return explain(profile(project), project.organisation(), mentor, listed);
    }

    /** Explains a pair using a precompiled profile. */
    public static Explanation explain(ProjectProfile profile, String projectOrganisation, Mentor mentor,
                                      Eligibility listed) {
        Objects.requireNonNull(listed, "listed");
        int[] levels = new int[profile.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = mentor.level(profile.competency(i));
        }
        return profile.explain(mentor.id(), levels, listed,
                sameOrganisation(projectOrganisation, mentor.organisation()));
    }

    /** Score of an eligible-or-not pair (eligibility is not checked). */
    public static double score(Project project, Mentor mentor) {
        return explain(project, mentor).score();
    }
}
