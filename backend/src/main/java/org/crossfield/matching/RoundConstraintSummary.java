package org.crossfield.matching;

/** A coordinator's pin (this pair must be matched) or forbid (it must not) in a round. */
public record RoundConstraintSummary(long id, long projectId, String projectTitle, long mentorId, String mentorName, Kind kind) {

    public enum Kind { PIN, FORBID }
}
