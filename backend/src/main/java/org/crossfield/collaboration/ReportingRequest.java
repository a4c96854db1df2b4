package org.crossfield.collaboration;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting window as a collaboration's workspace shows it.
 *
 * @param askedOfMe   whether the current person is one of those asked to confirm
 * @param confirmedByMe whether the current person has confirmed
 */
public record ReportingRequest(long windowId, String title, LocalDate dueOn, List<PartyConfirmation> parties,
                               boolean askedOfMe, boolean confirmedByMe) {
}
