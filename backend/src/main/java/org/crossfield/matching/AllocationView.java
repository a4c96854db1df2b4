package org.crossfield.matching;

import java.time.Instant;
import java.util.List;

/** A stable allocation of students to a programme's projects: the student-optimal stable matching. */
public record AllocationView(long id, long programmeId, String status, Instant createdAt, Instant publishedAt,
                             List<AllocationLine> assignments, List<String> unassignedStudents) {
}
