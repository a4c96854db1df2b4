package org.crossfield.matching;

import java.time.Instant;
import java.util.List;

/**
 * An allocation of students to a programme's projects, proposed or published, with the method that computed it and
 * its figures.
 *
 * @param method        {@code stable}, {@code greedy} or {@code generous}
 * @param profile       element i: students allocated their (i+1)-th choice
 * @param worstRank     the worst choice number given to an allocated student (0: nobody allocated)
 * @param blockingPairs student–project pairs that would both rather be together (0 for stable)
 */
public record AllocationSummary(long id, long programmeId, String status, Instant createdAt, Instant publishedAt,
                             List<AllocationLine> assignments, List<String> unassignedStudents, String method,
                             List<Integer> profile, int worstRank, int blockingPairs) {
}
