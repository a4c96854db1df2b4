package org.crossfield.matching.engine;

/** A student allocated to a project. */
public record StudentAssignment(String project, String student) {
}
