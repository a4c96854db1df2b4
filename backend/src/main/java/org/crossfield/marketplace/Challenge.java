package org.crossfield.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A data-science challenge posted by an industry partner's organisation; it goes through the posting workflow. */
@Entity
@Table(name = "challenge")
class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 500)
    private String summary;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "deliverables", length = 2000)
    private String deliverables;

    @Column(name = "timeline", length = 1000)
    private String timeline;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "compensation", length = 500)
    private String compensation;

    @Column(name = "ip_regime_code", length = 20)
    private String ipRegimeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private Visibility visibility;

    @Embedded
    private Governance governance;

    @Embedded
    private PostingState state;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "challenge_requirement", joinColumns = @JoinColumn(name = "challenge_id"))
    private List<Requirement> requirements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "challenge_invitee", joinColumns = @JoinColumn(name = "challenge_id"))
    @Column(name = "user_id")
    private Set<Long> invitees = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Challenge() {
    }

    Challenge(long organisationId, long createdBy, ChallengeDraft draft, Instant now) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = PostingState.draft();
        apply(draft);
    }

    /** Replaces the content; only a draft may change. */
    void edit(ChallengeDraft draft) {
        state.requireEditable();
        apply(draft);
    }

    private void apply(ChallengeDraft d) {
        programmeId = d.programmeId();
        title = d.title().strip();
        summary = d.summary().strip();
        description = d.description().strip();
        deliverables = Text.trimmed(d.deliverables());
        timeline = Text.trimmed(d.timeline());
        deadline = d.deadline();
        compensation = Text.trimmed(d.compensation());
        ipRegimeCode = Text.trimmed(d.ipRegimeCode());
        visibility = d.visibility();
        governance = new Governance(d.governance());
        requirements.clear();
        d.requirements().forEach(r -> requirements.add(new Requirement(r)));
        invitees.clear();
        if (visibility == Visibility.INVITE_ONLY && d.inviteeIds() != null) {
            invitees.addAll(d.inviteeIds());
        }
    }

    void submit(Instant now) {
        state.submit(now);
    }

    void approve(long by, Instant now) {
        state.approve(by, now);
    }

    void sendBack(long by, String comment, Instant now) {
        state.sendBack(by, comment, now);
    }

    void close(Instant now) {
        state.close(now);
    }

    void award() {
        state.award();
    }

    void archive() {
        state.archive();
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    long getProgrammeId() {
        return programmeId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getCreatedBy() {
        return createdBy;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    ProjectStatus getStatus() {
        return state.status();
    }

    PostingState getState() {
        return state;
    }

    ChallengeDraft toDraft() {
        return new ChallengeDraft(programmeId, title, summary, description, deliverables, timeline, deadline, compensation,
                ipRegimeCode, visibility, Set.copyOf(invitees), requirements.stream().map(Requirement::toView).toList(),
                governance.toTerms());
    }
}
