package org.crossfield.application;

/** One criterion a posting's applications are scored against; {@code id} is 0 for a default not written yet. */
public record CriterionSummary(long id, int position, String name, double weight) {
}
