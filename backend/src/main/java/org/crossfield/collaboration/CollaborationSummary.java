package org.crossfield.collaboration;

import java.time.Instant;

/** A line of a list of collaborations. Names are null where the party is not (yet) known. */
public record CollaborationSummary(long id, String title, long programmeId, String programmeName, CollaborationOrigin origin,
                                   CollaborationStatus status, String studentName, String supervisorName, String mentorName,
                                   String partnerOrganisationName, Instant startedAt) {
}
