package org.crossfield.matching;

import java.util.List;

/**
 * A mentor's capacity (mentees at once), how many accepted matches use it, and declared conflicts of interest.
 *
 * @param acceptedMatches pairs accepted in matching rounds
 * @param menteesNow      the people the mentor mentors now, however it started: active collaborations with them as
 *                        mentor (from a matching round or from a student's accepted offer), plus accepted matches whose
 *                        collaboration has not started yet
 */
public record MentorSettings(long mentorId, int capacity, long acceptedMatches, long menteesNow, List<DeclaredConflict> conflicts) {
}
