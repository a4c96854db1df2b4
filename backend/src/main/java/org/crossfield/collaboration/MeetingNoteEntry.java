package org.crossfield.collaboration;

import java.time.LocalDate;

/** A meeting's notes; {@code recordedBy} is the display name of whoever wrote them. */
public record MeetingNoteEntry(long id, long collaborationId, LocalDate metOn, String attendees, String notes, String recordedBy) {
}
