package org.crossfield.matching.engine;

import java.util.Locale;

/** The ways of allocating students to projects; the lower-case name is the {@code match --mode}. */
public enum AllocationMethod {

    /** Student-optimal stable allocation (SPA-student): respects the supervisors' rankings. */
    STABLE,
    /** A maximum allocation with the lexicographically largest profile (most first choices, then second, …). */
    GREEDY,
    /** A maximum allocation with the lexicographically smallest reverse profile (fewest last choices, …). */
    GENEROUS;

    /** Allocates the students of {@code problem} with this method. */
    public StableResult allocate(StableProblem problem) {
        return switch (this) {
            case STABLE -> StableAllocator.allocate(problem);
            case GREEDY -> ProfileAllocator.greedy(problem);
            case GENEROUS -> ProfileAllocator.generous(problem);
        };
    }

    /** {@code stable}, {@code greedy} or {@code generous}. */
    public String mode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method for a mode name, as written by {@link #mode()}. */
    public static AllocationMethod ofMode(String mode) {
        for (AllocationMethod m : values()) {
            if (m.mode().equals(mode)) {
                return m;
            }
        }
        throw new InvalidInstanceException("unknown allocation method '" + mode + "'");
    }
}
