package org.crossfield.matching;

import java.time.Instant;
import java.util.Set;

public record RoundSummary(long id, long programmeId, String programmeName, String name, RoundStatus status,
                        Instant createdAt, Instant lastRunAt, Instant publishedAt, int projects, Set<String> mentorCountries,
                        Integer filledSlots, Integer openSlots, Double totalScore) {
}
