package org.crossfield.matching.engine;

/**
 * One assigned (project, mentor) pair of an optimal assignment.
 *
 * @param score  the pair's exact score
 * @param pinned true if the pair came from {@code pins}
 */
public record Assignment(String project, String mentor, double score, boolean pinned) {
}
