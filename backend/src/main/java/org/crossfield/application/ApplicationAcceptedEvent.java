package org.crossfield.application;

/**
 * A student accepted an offer. Published synchronously inside the accepting transaction, so that listeners (the
 * collaboration that starts from it) commit or roll back together with the acceptance.
 */
public record ApplicationAcceptedEvent(long applicationId, PostingType postingType, long postingId, long studentId) {
}
