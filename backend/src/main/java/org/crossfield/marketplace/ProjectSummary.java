package org.crossfield.marketplace;

import java.time.Instant;

public record ProjectSummary(long id, String title, long programmeId, String programmeName, long organisationId,
                             String organisationName, String country, long supervisorId, String supervisorName,
                             int mentorSlots, ProjectStatus status, Instant publishedAt) {
}
