package org.crossfield.matching;

/** A party decided on a proposal; {@code status} is the proposal's status afterwards. */
public record MatchDecidedEvent(long roundId, long proposalId, long projectId, long mentorId, ProposalStatus status) {
}
