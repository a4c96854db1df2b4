package org.crossfield.collaboration;

import java.time.LocalDate;

public record MilestoneView(long id, long collaborationId, String title, LocalDate dueOn, boolean done) {
}
