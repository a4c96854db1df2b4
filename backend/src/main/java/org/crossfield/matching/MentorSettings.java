package org.crossfield.matching;

import java.util.List;

/** A mentor's capacity (mentees at once), how many accepted matches use it, and declared conflicts of interest. */
public record MentorSettings(long mentorId, int capacity, long acceptedMatches, List<DeclaredConflict> conflicts) {
}
