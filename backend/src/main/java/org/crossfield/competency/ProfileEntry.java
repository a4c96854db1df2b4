package org.crossfield.competency;

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
import java.util.Objects;

/** One person's level in one competency. */
@Entity
@Table(name = "profile_entry")
class ProfileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "competency_code", nullable = false, length = 16)
    private String competencyCode;

    @Column(name = "level", nullable = false, columnDefinition = "tinyint")
    private int level;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment", nullable = false, length = 16)
    private Assessment assessment;

    @Column(name = "verified_by", length = 254)
    private String verifiedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProfileEntry() {
    }

    ProfileEntry(Long userId, String competencyCode, int level, String evidence, Instant now) {
        this.userId = userId;
        this.competencyCode = competencyCode;
        this.level = level;
        this.evidence = evidence;
        this.assessment = Assessment.SELF_ASSESSED;
        this.updatedAt = now;
    }

    /** A self-assessed change; a verified level stays verified only while level and evidence are unchanged. */
    boolean selfAssess(int newLevel, String newEvidence, Instant now) {
        if (newLevel == level && Objects.equals(newEvidence, evidence)) {
            return false;
        }
        level = newLevel;
        evidence = newEvidence;
        assessment = Assessment.SELF_ASSESSED;
        verifiedBy = null;
        updatedAt = now;
        return true;
    }

    String getCompetencyCode() {
        return competencyCode;
    }

    ProfileLevel toView() {
        return new ProfileLevel(competencyCode, level, evidence, assessment, verifiedBy, updatedAt);
    }
}
