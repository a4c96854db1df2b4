package org.crossfield.collaboration;

import java.time.Instant;

/**
 * One collaboration with its parties. Ids are null where the party is not (yet) known: a collaboration started by an
 * accepted offer has no mentor until a mentoring match for the same project is accepted, and the other way round.
 */
public record CollaborationDetails(long id, String title, long programmeId, String programmeCode, String programmeName,
                                   CollaborationOrigin origin, CollaborationStatus status,
                                   Long applicationId, Long proposalId, Long projectId, Long challengeId,
                                   Party student, Party supervisor, Party mentor,
                                   Organisation partnerOrganisation, Organisation academicOrganisation,
                                   Instant startedAt, Instant endedAt, long version) {

    /** A person taking part. */
    public record Party(long id, String name, String email) {
    }

    /** An organisation taking part, with its country (ISO 3166 alpha-2). */
    public record Organisation(long id, String name, String country) {
    }
}
