package org.crossfield.collaboration;

import java.util.List;

/** How many outcome confirmations the current person owes, and the ones due soonest. */
public record ConfirmationsDue(long total, List<ConfirmationDue> soonest) {
}
