package org.crossfield.application;

import java.time.Instant;

/** A member of a posting's review team. */
public record ReviewerSummary(long userId, String name, String email, Instant addedAt) {
}
