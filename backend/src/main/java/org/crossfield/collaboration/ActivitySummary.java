package org.crossfield.collaboration;

import java.time.LocalDate;
import java.util.List;

/** A dissemination activity as the workspace shows it, with the titles of its codes. */
public record ActivitySummary(long id, long collaborationId, String activityCode, String activityTitle, String title,
                           LocalDate occurredOn, List<String> audienceCodes, Integer audienceSize, String reachCode,
                           ActivityStatus status, String evidenceUrl, boolean isPublic, String recordedBy) {
}
