package org.crossfield.marketplace;

/** A required competency of a posting: the level needed (1–5), its weight in the score, and whether it is a must-have. */
public record RequiredCompetency(String competencyCode, int level, double weight, boolean mustHave) {
}
