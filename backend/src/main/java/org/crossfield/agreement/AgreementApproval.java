package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One approver's decision on one version, with the fingerprint of the text they saw. Insert-only. */
@Entity
@Immutable
@Table(name = "agreement_approval")
class AgreementApproval {

    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "decision", nullable = false, updatable = false, length = 10)
    private String decision;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "reason", updatable = false, length = 1000)
    private String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected AgreementApproval() {
    }

    AgreementApproval(long agreementId, int versionNo, long userId, String decision, String sha256, String reason, Instant now) {
        this.agreementId = agreementId;
        this.versionNo = versionNo;
        this.userId = userId;
        this.decision = decision;
        this.sha256 = sha256;
        this.reason = reason;
        this.decidedAt = now;
    }

    long getUserId() {
        return userId;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getDecision() {
        return decision;
    }

    String getSha256() {
        return sha256;
    }

    String getReason() {
        return reason;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
