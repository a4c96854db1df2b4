package org.crossfield.application;

/**
 * A student accepted an offer: published inside the accepting transaction, so that what starts from it (a
 * collaboration) is saved with the acceptance or not at all.
 */
public record ApplicationAcceptedEvent(long applicationId, PostingType postingType, long postingId, long studentId) {
}
