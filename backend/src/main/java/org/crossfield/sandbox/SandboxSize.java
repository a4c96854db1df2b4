package org.crossfield.sandbox;

import java.util.Locale;

/**
 * How much synthetic data the sandbox holds. {@code large} is the benchmark data set (100,000 mentors; 95,000 challenges,
 * which with its PhD projects make over 100,000 postings for the search benchmark).
 */
public record SandboxSize(int organisations, int programmes, int supervisors, int students, int mentors, int partners,
                          int coordinators, int challenges) {

    public static final SandboxSize SMALL = new SandboxSize(24, 3, 30, 120, 150, 12, 3, 24);
    public static final SandboxSize MEDIUM = new SandboxSize(200, 8, 500, 2_000, 5_000, 60, 8, 2_000);
    public static final SandboxSize LARGE = new SandboxSize(1_000, 20, 5_000, 20_000, 100_000, 500, 20, 95_000);

    public SandboxSize {
        if (organisations < 4 || programmes < 1 || supervisors < 0 || students < 0 || mentors < 0 || partners < 0
                || coordinators < 0 || challenges < 0) {
            throw new IllegalArgumentException("A sandbox needs at least 4 organisations and 1 programme, and no negative counts");
        }
    }

    /** {@code small}, {@code medium} or {@code large}. */
    public static SandboxSize named(String name) {
        return switch (name == null ? "small" : name.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException(
                    "Unknown sandbox size \"" + name + "\": use small, medium or large (crossfield.demo.size)");
        };
    }

    public SandboxSize withMentors(int count) {
        return new SandboxSize(organisations, programmes, supervisors, students, count, partners, coordinators, challenges);
    }

    public SandboxSize withProgrammes(int count) {
        return new SandboxSize(organisations, count, supervisors, students, mentors, partners, coordinators, challenges);
    }

    public int people() {
        return supervisors + students + mentors + partners + coordinators;
    }
}
