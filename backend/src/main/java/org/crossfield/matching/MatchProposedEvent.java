package org.crossfield.matching;

/** A proposal was published: its mentor and the project's supervisor are to be told. */
public record MatchProposedEvent(long roundId, long proposalId, long projectId, long mentorId) {
}
