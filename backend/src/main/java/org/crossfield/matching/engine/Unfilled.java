package org.crossfield.matching.engine;

/** A project with {@code slots} free places left after the assignment or allocation. */
public record Unfilled(String project, int slots) {
}
