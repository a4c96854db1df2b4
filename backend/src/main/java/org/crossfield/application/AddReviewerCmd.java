package org.crossfield.application;

/** Adds the person with this e-mail address to a posting's review team. */
public record AddReviewerCmd(PostingType postingType, long postingId, String email) {
}
