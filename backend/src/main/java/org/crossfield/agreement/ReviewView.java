package org.crossfield.agreement;

import java.time.Instant;

/** A publication review request and its answer. */
public record ReviewView(long id, long agreementId, String title, String manuscriptName, String requestedByName,
                         Instant requestedAt, Instant deadlineAt, ReviewStatus status, String reason, Integer delayDays,
                         Instant answeredAt) {
}
