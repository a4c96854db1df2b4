package org.crossfield.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The agreement of a collaboration: its parties, which version is current, where it stands in the workflow and, once
 * signed, the signature (version and SHA-256), which is written once and never changes. Versions, approvals, comments
 * and the event trail are separate, insert-only rows.
 */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "collaboration_id", nullable = false)
    private long collaborationId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "regime_code", nullable = false, length = 20)
    private String regimeCode;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "academic_organisation_id")
    private Long academicOrganisationId;

    @Column(name = "partner_organisation_id")
    private Long partnerOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private AgreementStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "signed_version")
    private Integer signedVersion;

    @Column(name = "signed_sha256", length = 64)
    private String signedSha256;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<Party> parties = new HashSet<>();

    protected Agreement() {
    }

    Agreement(long collaborationId, long programmeId, String title, String regimeCode, long templateId,
              Long academicOrganisationId, Long partnerOrganisationId, long startedBy, Set<Party> parties, Instant now) {
        this.collaborationId = collaborationId;
        this.programmeId = programmeId;
        this.title = title;
        this.regimeCode = regimeCode;
        this.templateId = templateId;
        this.academicOrganisationId = academicOrganisationId;
        this.partnerOrganisationId = partnerOrganisationId;
        this.startedBy = startedBy;
        this.parties = new HashSet<>(parties);
        this.status = AgreementStatus.DRAFT;
        this.currentVersion = 1;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /**
     * A party proposed version {@code versionNo}. A draft goes into negotiation; while approvals are open they start
     * again on the new version (approvals count only for the version they name, so earlier ones lapse).
     */
    void proposed(int versionNo, Instant now) {
        requireOpen("changed");
        if (versionNo != currentVersion + 1) {
            throw new InvalidAgreementException("agreement.error.version-order",
                    "Version " + versionNo + " does not follow version " + currentVersion + ".", versionNo, currentVersion);
        }
        currentVersion = versionNo;
        if (status == AgreementStatus.AWAITING_APPROVALS) {
            lastReminderAt = null;
            moveTo(AgreementStatus.AWAITING_APPROVALS, now);
        } else {
            moveTo(AgreementStatus.NEGOTIATION, now);
        }
    }

    void requestApprovals(Instant now) {
        if (status != AgreementStatus.DRAFT && status != AgreementStatus.NEGOTIATION) {
            throw illegal("sent for approval");
        }
        lastReminderAt = null;
        moveTo(AgreementStatus.AWAITING_APPROVALS, now);
    }

    /** Refuses a decision unless approvals are open on exactly this version with exactly this text. */
    void checkDecision(int versionNo, String sha256Seen, String sha256OfVersion) {
        if (status != AgreementStatus.AWAITING_APPROVALS) {
            throw illegal("approved or rejected");
        }
        if (versionNo != currentVersion) {
            throw new InvalidAgreementException("agreement.error.stale-version", "You looked at version " + versionNo
                    + " but the agreement is now at version " + currentVersion + ": read the current version before you decide.",
                    versionNo, currentVersion);
        }
        if (sha256Seen == null || !sha256Seen.equals(sha256OfVersion)) {
            throw new InvalidAgreementException("agreement.error.stale-text", "The text you saw (fingerprint "
                    + abbreviated(sha256Seen) + ") is not the text of version " + versionNo + " (" + abbreviated(sha256OfVersion)
                    + "): reload it before you decide.", abbreviated(sha256Seen), versionNo, abbreviated(sha256OfVersion));
        }
    }

    void rejected(Instant now) {
        moveTo(AgreementStatus.NEGOTIATION, now);
    }

    /** Every approver approved {@code versionNo}: the signature is recorded, once. */
    void sign(int versionNo, String sha256, Instant now) {
        if (status != AgreementStatus.AWAITING_APPROVALS || signedSha256 != null) {
            throw illegal("signed");
        }
        signedVersion = versionNo;
        signedSha256 = sha256;
        signedAt = now;
        moveTo(AgreementStatus.SIGNED, now);
    }

    void activate(Instant now) {
        if (status != AgreementStatus.SIGNED) {
            throw illegal("activated");
        }
        moveTo(AgreementStatus.ACTIVE, now);
    }

    void end(Instant now) {
        if (status != AgreementStatus.ACTIVE) {
            throw illegal("ended");
        }
        moveTo(AgreementStatus.ENDED, now);
    }

    void addParty(Party party) {
        requireOpen("given another approver");
        if (!parties.add(party)) {
            throw new InvalidAgreementException("agreement.error.already-party", "That person is already a party to this agreement.");
        }
    }

    void reminded(Instant now) {
        lastReminderAt = now;
    }

    void requireOpen(String what) {
        if (!status.isOpen()) {
            throw illegal(what);
        }
    }

    Optional<Party> party(long userId) {
        return parties.stream().filter(p -> p.userId() == userId).findFirst();
    }

    private void moveTo(AgreementStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    private InvalidAgreementException illegal(String what) {
        return new InvalidAgreementException("agreement.error.illegal." + what.replace(' ', '-'),
                "An agreement that is " + status.label().toLowerCase(java.util.Locale.ROOT) + " cannot be " + what + ".");
    }

    private static String abbreviated(String sha) {
        return sha == null ? "none" : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    Long getId() {
        return id;
    }

    long getCollaborationId() {
        return collaborationId;
    }

    long getProgrammeId() {
        return programmeId;
    }

    String getTitle() {
        return title;
    }

    String getRegimeCode() {
        return regimeCode;
    }

    long getTemplateId() {
        return templateId;
    }

    Long getAcademicOrganisationId() {
        return academicOrganisationId;
    }

    Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    AgreementStatus getStatus() {
        return status;
    }

    int getCurrentVersion() {
        return currentVersion;
    }

    long getStartedBy() {
        return startedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    Instant getLastReminderAt() {
        return lastReminderAt;
    }

    Integer getSignedVersion() {
        return signedVersion;
    }

    String getSignedSha256() {
        return signedSha256;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    Set<Party> getParties() {
        return Collections.unmodifiableSet(parties);
    }

    void markDemo() {
        demo = true;
    }
}
