package org.crossfield.collaboration;

import java.time.LocalDate;

public record MilestoneEntry(long id, long collaborationId, String title, LocalDate dueOn, boolean done) {
}
