package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One proposal of terms: never changed once written (Hibernate ignores changes to it; its repository cannot delete). */
@Entity
@Immutable
@Table(name = "agreement_version")
class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "terms_json", nullable = false, updatable = false, columnDefinition = "text")
    private String termsJson;

    @Column(name = "rendered_text", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String renderedText;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private long proposedBy;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgreementVersion() {
    }

    AgreementVersion(long agreementId, int versionNo, String termsJson, String renderedText, long proposedBy, String note, Instant now) {
        this.agreementId = agreementId;
        this.versionNo = versionNo;
        this.termsJson = termsJson;
        this.renderedText = renderedText;
        this.sha256 = Fingerprint.of(renderedText);
        this.proposedBy = proposedBy;
        this.note = note;
        this.createdAt = now;
    }

    long getAgreementId() {
        return agreementId;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getTermsJson() {
        return termsJson;
    }

    String getRenderedText() {
        return renderedText;
    }

    String getSha256() {
        return sha256;
    }

    long getProposedBy() {
        return proposedBy;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
