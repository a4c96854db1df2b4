package org.crossfield.collaboration;

import java.time.LocalDate;

/** @param attendees free text, e.g. "Stella, Sam, Mira" */
public record AddMeetingNoteCmd(long collaborationId, LocalDate metOn, String attendees, String notes) {
}
