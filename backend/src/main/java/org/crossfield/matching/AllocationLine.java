package org.crossfield.matching;

/** A student allocated to a project, with where each side ranked the other (1 = first choice). */
public record AllocationLine(long projectId, String projectTitle, String supervisorName, long studentId, String studentName,
                             int studentRank, int supervisorRank) {
}
