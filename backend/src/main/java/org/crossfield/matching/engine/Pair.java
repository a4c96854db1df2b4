package org.crossfield.matching.engine;

import java.util.Objects;

/** A (project, mentor) pair as used by conflicts, pins and forbids. */
public record Pair(String project, String mentor) {

    public Pair {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(mentor, "mentor");
    }
}
