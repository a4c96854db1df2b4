package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of the agreement text for an IP regime. Its text never changes: an edit is a new version. */
@Entity
@Table(name = "agreement_template")
class AgreementTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "regime_code", nullable = false, updatable = false, length = 20)
    private String regimeCode;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgreementTemplate() {
    }

    AgreementTemplate(String regimeCode, int versionNo, String title, String body, long createdBy, Instant now) {
        this.regimeCode = regimeCode;
        this.versionNo = versionNo;
        this.title = title;
        this.body = body;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void retire() {
        active = false;
    }

    Long getId() {
        return id;
    }

    String getRegimeCode() {
        return regimeCode;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    boolean isActive() {
        return active;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
