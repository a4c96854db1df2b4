package org.crossfield.matching;

import java.time.Instant;

/**
 * A proposed pair with its score, the regret (best eligible score for the project minus this score), the explanation,
 * and each party's decision ({@code null} while undecided).
 */
public record ProposalSummary(long id, long roundId, long projectId, String projectTitle, String supervisorName, long mentorId,
                           String mentorName, String mentorOrganisation, double score, double regret, boolean pinned,
                           String explanation, ProposalStatus status, Boolean mentorAccepted, Boolean supervisorAccepted,
                           String declineReason, Instant decidedAt) {
}
