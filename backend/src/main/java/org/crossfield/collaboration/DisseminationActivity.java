package org.crossfield.collaboration;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/** A talk, workshop, press release… of a collaboration, typed by the codes of dissemination.csv. */
@Entity
@Table(name = "dissemination_activity")
class DisseminationActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "collaboration_id", nullable = false)
    private Long collaborationId;

    @Column(name = "activity_code", nullable = false)
    private String activityCode;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "audience_size")
    private Integer audienceSize;

    @Column(name = "reach_code")
    private String reachCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ActivityStatus status;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dissemination_audience", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "audience_code")
    private Set<String> audiences = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DisseminationActivity() {
    }

    DisseminationActivity(long collaborationId, long recordedBy, Instant now) {
        this.collaborationId = collaborationId;
        this.recordedBy = recordedBy;
        this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    void apply(String activityCode, String title, LocalDate occurredOn, Set<String> audiences, Integer audienceSize,
               String reachCode, ActivityStatus status, String evidenceUrl, boolean isPublic) {
        this.activityCode = activityCode;
        this.title = title;
        this.occurredOn = occurredOn;
        this.audiences.clear();
        this.audiences.addAll(audiences);
        this.audienceSize = audienceSize;
        this.reachCode = reachCode;
        this.status = status;
        this.evidenceUrl = evidenceUrl;
        this.isPublic = isPublic;
    }

    Long getId() {
        return id;
    }

    Long getCollaborationId() {
        return collaborationId;
    }
}
