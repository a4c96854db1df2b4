package org.crossfield.application;

public record QuestionView(long id, PostingType postingType, long postingId, int position, String text, boolean required) {
}
