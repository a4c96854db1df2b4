package org.crossfield.agreement;

import java.time.Instant;

/** A line of an agreements list. */
public record AgreementSummary(long id, String title, String regimeCode, AgreementStatus status, int currentVersion,
                               Instant statusChangedAt, long collaborationId) {
}
