package org.crossfield.collaboration;

import java.time.LocalDate;
import java.util.Set;

/**
 * A dissemination activity as a party records or edits it; codes are those of dissemination.csv.
 *
 * @param audienceCodes at least one {@code audience} code
 * @param audienceSize  how many people it reached, when known (not negative)
 * @param reachCode     a {@code reach} code, or null
 */
public record SaveActivityCmd(long collaborationId, String activityCode, String title, LocalDate occurredOn,
                              Set<String> audienceCodes, Integer audienceSize, String reachCode, ActivityStatus status,
                              String evidenceUrl, boolean isPublic) {
}
