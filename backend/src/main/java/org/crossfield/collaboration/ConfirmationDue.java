package org.crossfield.collaboration;

import java.time.LocalDate;

/** A reporting window that asks the current person to confirm a collaboration's outcomes, which they have not yet done. */
public record ConfirmationDue(long windowId, String windowTitle, LocalDate dueOn, long collaborationId,
                              String collaborationTitle) {
}
