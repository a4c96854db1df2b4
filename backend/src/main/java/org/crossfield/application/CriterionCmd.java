package org.crossfield.application;

/** A review criterion as the posting's owner sets it: a name and a weight above 0 (at most 10). */
public record CriterionCmd(String name, double weight) {
}
