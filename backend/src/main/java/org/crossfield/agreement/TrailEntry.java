package org.crossfield.agreement;

import java.time.Instant;

/** A line of the append-only trail. */
public record TrailEntry(String kind, Integer versionNo, String actorName, String detail, String sha256, Instant occurredAt) {
}
