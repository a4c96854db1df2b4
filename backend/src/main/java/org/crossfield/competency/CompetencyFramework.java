package org.crossfield.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One version of the competency framework. Exactly one version is active; profiles refer to competency codes. */
@Entity
@Table(name = "competency_framework")
class CompetencyFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "version_label", nullable = false, length = 80)
    private String versionLabel;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "imported_by", length = 254)
    private String importedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CompetencyFramework() {
    }

    CompetencyFramework(String versionLabel, String importedBy, Instant createdAt) {
        this.versionLabel = versionLabel;
        this.importedBy = importedBy;
        this.createdAt = createdAt;
        this.active = false;
    }

    void activate() {
        active = true;
    }

    void retire() {
        active = false;
    }

    Long getId() {
        return id;
    }

    String getVersionLabel() {
        return versionLabel;
    }

    boolean isActive() {
        return active;
    }

    String getImportedBy() {
        return importedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
