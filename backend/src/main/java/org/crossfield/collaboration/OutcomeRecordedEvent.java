package org.crossfield.collaboration;

/**
 * An outcome was recorded in a collaboration, by hand or by an import (BibTeX, RIS, ORCID). Published inside the
 * recording transaction, so that what listeners write (the webhook outbox) commits or rolls back with the outcome.
 */
public record OutcomeRecordedEvent(long outcomeId, long collaborationId, String typeCode) {
}
