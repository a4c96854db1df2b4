package org.crossfield.agreement;

import java.time.Instant;
import java.util.List;

/** The tamper-evident record of a signed agreement: which version, its SHA-256, when, and who approved it. */
public record SignatureRecord(int versionNo, String sha256, Instant signedAt, List<ApprovalRecord> approvals) {
}
