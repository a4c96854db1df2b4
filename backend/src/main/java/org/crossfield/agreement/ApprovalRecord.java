package org.crossfield.agreement;

import java.time.Instant;

/** One decision on one version, with the fingerprint of the text the approver saw. */
public record ApprovalRecord(int versionNo, long userId, String userName, String decision, String sha256, String reason, Instant decidedAt) {
}
