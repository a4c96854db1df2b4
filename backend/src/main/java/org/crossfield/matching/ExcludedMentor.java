package org.crossfield.matching;

/** A mentor left out of a project's recommendations, and why (a declared conflict of interest). */
public record ExcludedMentor(long mentorId, String name, String organisation, String reason) {
}
