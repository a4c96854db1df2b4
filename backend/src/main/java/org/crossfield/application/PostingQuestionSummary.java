package org.crossfield.application;

public record PostingQuestionSummary(long id, PostingType postingType, long postingId, int position, String text, boolean required) {
}
