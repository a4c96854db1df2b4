package org.crossfield.application;

public record AddQuestionCmd(PostingType postingType, long postingId, String text, boolean required) {
}
