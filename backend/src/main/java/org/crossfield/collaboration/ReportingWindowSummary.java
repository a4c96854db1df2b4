package org.crossfield.collaboration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting window with its progress.
 *
 * @param parties   how many people are asked to confirm (student, supervisor and mentor of each collaboration that was
 *                  active when the window opened)
 * @param confirmed how many of them have confirmed
 */
public record ReportingWindowSummary(long id, long programmeId, String programmeName, String title, LocalDate dueOn,
                                  Instant openedAt, int parties, int confirmed) {
}
