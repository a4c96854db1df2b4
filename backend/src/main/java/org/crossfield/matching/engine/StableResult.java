package org.crossfield.matching.engine;

import java.util.List;

/**
 * Result of {@link StableAllocator}.
 *
 * @param assignments      allocated students, in student input order
 * @param unfilled         projects with free capacity (capacity − allocated &gt; 0), in project input order; a project
 *                         may be unfilled because its supervisor is full
 * @param assignedStudents number of allocated students
 * @param unassigned       ids of students left without a project, in input order
 */
public record StableResult(List<StudentAssignment> assignments, List<Unfilled> unfilled, int assignedStudents,
                           List<String> unassigned) {

    public StableResult {
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
        unassigned = List.copyOf(unassigned);
    }
}
