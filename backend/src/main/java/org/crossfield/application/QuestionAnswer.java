package org.crossfield.application;

/** A posting's question with the applicant's answer (empty when not answered). */
public record QuestionAnswer(long questionId, String question, boolean required, String answer) {
}
