package org.crossfield.agreement;

import java.time.Instant;

/**
 * A publication review request and its answer, as the current user sees it.
 *
 * @param deadlineAt the date that counts: the end of the review period, or after a granted delay the date publication
 *                   is held until
 * @param mayAnswer  whether the current user is on the partner's side and may consent, object or ask for a delay; the
 *                   student and the supervisor never may
 */
public record PublicationReviewSummary(long id, long agreementId, String title, String manuscriptName, String requestedByName,
                         Instant requestedAt, Instant deadlineAt, ReviewStatus status, String reason, Integer delayDays,
                         Instant answeredAt, boolean mayAnswer) {
}
