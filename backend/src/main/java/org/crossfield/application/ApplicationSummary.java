package org.crossfield.application;

import java.time.Instant;

/** One application in a list; {@code rejectionReason} and {@code rejectionText} are set only when rejected. */
public record ApplicationSummary(long id, PostingType postingType, long postingId, String postingTitle, long studentId,
                                 String studentName, ApplicationStatus status, RejectionReason rejectionReason,
                                 String rejectionText, Instant submittedAt, Instant updatedAt) {
}
