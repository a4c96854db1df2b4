package org.crossfield.matching;

import java.time.Instant;

/**
 * A proposed pair with its score, the regret (best eligible score for the project minus this score), the explanation
 * (the formula as recorded, a fixed notation for the record and the API; screens show {@link #lines()} in words), and each
 * party's decision ({@code null} while undecided).
 */
public record ProposalSummary(long id, long roundId, long projectId, String projectTitle, String supervisorName, long mentorId,
                           String mentorName, String mentorOrganisation, double score, double regret, boolean pinned,
                           String explanation, ProposalStatus status, Boolean mentorAccepted, Boolean supervisorAccepted,
                           String declineReason, Instant decidedAt) {

    /**
     * The explanation as lines (mentor's level against the required level per competency, weight, contribution), read
     * back from the formula the round recorded; the screens word them. Empty when the record cannot be read back.
     */
    public java.util.List<ContributionLine> lines() {
        return ContributionLine.parseAll(explanation);
    }
}
