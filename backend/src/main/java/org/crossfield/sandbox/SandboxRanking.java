package org.crossfield.sandbox;

/** A student ranked a project (both ids). */
public record SandboxRanking(long studentId, long projectId) {
}
