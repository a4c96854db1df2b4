package org.crossfield.identity;

import java.time.Instant;

/** One recorded change of an account, for the administrator's view of a person: when, what, by whom. */
public record AccountEventSummary(Instant occurredAt, String action, String actorName, String detail) {
}
