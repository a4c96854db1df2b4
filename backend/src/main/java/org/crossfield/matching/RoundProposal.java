package org.crossfield.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A proposed mentor for a project in a round, and the parties' decisions on it. */
@Entity
@Table(name = "round_proposal")
class RoundProposal {

    enum Decision { ACCEPT, DECLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "best_score", nullable = false)
    private double bestScore;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "explanation", nullable = false, length = 2000)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_decision", length = 8)
    private Decision mentorDecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervisor_decision", length = 8)
    private Decision supervisorDecision;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoundProposal() {
    }

    RoundProposal(long roundId, long projectId, long mentorId, double score, double bestScore, boolean pinned, String explanation) {
        this.roundId = roundId;
        this.projectId = projectId;
        this.mentorId = mentorId;
        this.score = score;
        this.bestScore = bestScore;
        this.pinned = pinned;
        this.explanation = explanation.length() > 2000 ? explanation.substring(0, 1999) + "…" : explanation;
        this.status = ProposalStatus.PROPOSED;
    }

    void publish() {
        if (status == ProposalStatus.PROPOSED) {
            status = ProposalStatus.PENDING;
        }
    }

    /**
     * One party's decision. The proposal is accepted when mentor and supervisor have both accepted, declined as soon as
     * either declines; a decided proposal cannot be decided again.
     */
    void decide(boolean asMentor, boolean accept, String reason, Instant at) {
        if (status != ProposalStatus.PENDING) {
            throw new InvalidMatchingRequestException("matching.error.proposal-decided",
                    "This proposal is " + status.name().toLowerCase() + " and can no longer be decided.");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidMatchingRequestException("matching.error.decline-reason",
                    "Say why you decline, so that the coordinator can find a better match.");
        }
        Decision decision = accept ? Decision.ACCEPT : Decision.DECLINE;
        if (asMentor) {
            mentorDecision = decision;
        } else {
            supervisorDecision = decision;
        }
        if (!accept) {
            status = ProposalStatus.DECLINED;
            declineReason = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
            decidedAt = at;
        } else if (mentorDecision == Decision.ACCEPT && supervisorDecision == Decision.ACCEPT) {
            status = ProposalStatus.ACCEPTED;
            decidedAt = at;
        }
    }

    ProposalSummary toView(String projectTitle, String mentorName, String mentorOrganisation, String supervisorName) {
        return new ProposalSummary(id, roundId, projectId, projectTitle, supervisorName, mentorId, mentorName, mentorOrganisation,
                score, Math.max(0, bestScore - score), pinned, explanation, status,
                mentorDecision == null ? null : mentorDecision == Decision.ACCEPT,
                supervisorDecision == null ? null : supervisorDecision == Decision.ACCEPT, declineReason, decidedAt);
    }

    Long getId() {
        return id;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getMentorId() {
        return mentorId;
    }

    ProposalStatus getStatus() {
        return status;
    }

    double getScore() {
        return score;
    }
}
