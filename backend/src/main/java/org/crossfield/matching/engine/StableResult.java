package org.crossfield.matching.engine;

import java.util.List;

/**
 * Result of an allocation of students to projects ({@link AllocationMethod}: stable, greedy or generous).
 *
 * @param assignments      allocated students, in student input order
 * @param unfilled         projects with free capacity (capacity − allocated &gt; 0), in project input order; a project
 *                         may be unfilled because its supervisor is full
 * @param assignedStudents number of allocated students
 * @param unassigned       ids of students left without a project, in input order
 * @param profile          element i: the number of students allocated their (i+1)-th choice; as long as the longest
 *                         preference list of the instance
 */
public record StableResult(List<StudentAssignment> assignments, List<Unfilled> unfilled, int assignedStudents,
                           List<String> unassigned, List<Integer> profile) {

    public StableResult {
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
        unassigned = List.copyOf(unassigned);
        profile = List.copyOf(profile);
    }

    /** The worst choice number given to an allocated student (1 = first choice), 0 if nobody is allocated. */
    public int worstRank() {
        for (int i = profile.size() - 1; i >= 0; i--) {
            if (profile.get(i) > 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
