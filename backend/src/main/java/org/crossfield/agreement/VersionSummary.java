package org.crossfield.agreement;

import java.time.Instant;

/** A version of an agreement: who proposed it, why, and the fingerprint of its text. */
public record VersionSummary(int versionNo, String sha256, String proposedByName, String note, Instant createdAt) {
}
