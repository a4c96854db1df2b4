package org.crossfield.marketplace;

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

/** A person's posting search kept under a name, with e-mail alerts for new postings that it finds. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "name", nullable = false, length = SavedSearchService.MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_kind", length = 16)
    private PostingKind kind;

    @Column(name = "search_text", length = SavedSearchService.MAX_TEXT)
    private String text;

    @Column(name = "competency_code", length = 20)
    private String competencyCode;

    @Column(name = "domain", length = 200)
    private String domain;

    @Column(name = "country", length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_tier", length = 32)
    private DataTier dataTier;

    @Column(name = "programme_id")
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_status", length = 16)
    private ProjectStatus status;

    @Column(name = "alerts", nullable = false)
    private boolean alerts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_alert_at")
    private Instant lastAlertAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SavedSearch() {
    }

    SavedSearch(long ownerId, String name, PostingQuery query, boolean alerts, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.kind = query.kind();
        this.text = Text.trimmed(query.text());
        this.competencyCode = Text.trimmed(query.competencyCode());
        this.domain = Text.trimmed(query.domain());
        this.country = Text.trimmed(query.country());
        this.dataTier = query.dataTier();
        this.programmeId = query.programmeId();
        this.status = query.status() == null ? ProjectStatus.OPEN : query.status();
        this.alerts = alerts;
        this.createdAt = now;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void alerts(boolean on) {
        this.alerts = on;
    }

    PostingQuery query() {
        return new PostingQuery(kind, text, competencyCode, domain, country, dataTier, programmeId, status);
    }

    SavedSearchSummary toView() {
        return new SavedSearchSummary(id, name, query(), alerts, createdAt, lastAlertAt);
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getName() {
        return name;
    }

    boolean hasAlerts() {
        return alerts;
    }
}
