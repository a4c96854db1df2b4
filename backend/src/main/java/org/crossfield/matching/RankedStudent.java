package org.crossfield.matching;

/** A student who ranked one of the supervisor's projects, in the supervisor's order ({@code rank} 0 = not ranked yet). */
public record RankedStudent(long studentId, String name, String organisation, int rank, String projectsChosen) {
}
