package org.crossfield.collaboration;

import java.time.LocalDate;

public record AddMilestoneCmd(long collaborationId, String title, LocalDate dueOn) {
}
