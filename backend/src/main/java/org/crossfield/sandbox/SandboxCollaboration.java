package org.crossfield.sandbox;

import java.time.Instant;

/**
 * A demo collaboration the collaboration feature starts from an accepted application to a PhD project, which the
 * application feature writes first: applied {@link #APPLIED_BEFORE_START} before the start, accepted at the start.
 */
public record SandboxCollaboration(long projectId, long programmeId, String title, long studentId, long supervisorId,
                                   long mentorId, Long partnerOrganisationId, Long academicOrganisationId, Instant startedAt) {

    public static final java.time.Duration APPLIED_BEFORE_START = java.time.Duration.ofDays(30);

    public Instant appliedAt() {
        return startedAt.minus(APPLIED_BEFORE_START);
    }
}
