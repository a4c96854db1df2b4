package org.crossfield.application;

/**
 * An application changed its status (submitted, withdrawn, under review, shortlisted, offered, rejected, offer
 * accepted or declined). Published inside the changing transaction, so that what listeners write (the webhook outbox)
 * commits or rolls back with the change.
 *
 * @param change what happened, e.g. {@code SUBMITTED}, {@code OFFER_ACCEPTED}
 */
public record ApplicationStatusChangedEvent(long applicationId, PostingType postingType, long postingId,
                                            ApplicationStatus status, String change) {
}
