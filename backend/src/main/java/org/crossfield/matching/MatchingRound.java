package org.crossfield.matching;

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
import java.util.HashSet;
import java.util.Set;

/** A coordinator's matching round for a programme; it refuses transitions its state does not allow. */
@Entity
@Table(name = "matching_round")
class MatchingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RoundStatus status;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "filled_slots")
    private Integer filledSlots;

    @Column(name = "open_slots")
    private Integer openSlots;

    @Column(name = "total_score")
    private Double totalScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_project", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "project_id", nullable = false)
    private Set<Long> projectIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_mentor_country", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "country", nullable = false, length = 2, columnDefinition = "char(2)")
    private Set<String> mentorCountries = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MatchingRound() {
    }

    MatchingRound(long programmeId, String name, long createdBy, Instant at, Set<Long> projectIds, Set<String> mentorCountries) {
        this.programmeId = programmeId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.status = RoundStatus.DRAFT;
        this.projectIds = new HashSet<>(projectIds);
        this.mentorCountries = new HashSet<>(mentorCountries);
    }

    void recordRun(int filled, int open, double total, Instant at) {
        requireNot(RoundStatus.CLOSED, "run");
        this.filledSlots = filled;
        this.openSlots = open;
        this.totalScore = total;
        this.lastRunAt = at;
        this.status = RoundStatus.PROPOSED;
    }

    void publish(Instant at) {
        if (status != RoundStatus.PROPOSED) {
            throw new InvalidMatchingRequestException("matching.error.publish-not-proposed",
                    "Only a round with a proposed assignment can be published; run it first.");
        }
        this.status = RoundStatus.PUBLISHED;
        this.publishedAt = at;
    }

    void close() {
        requireNot(RoundStatus.CLOSED, "close");
        this.status = RoundStatus.CLOSED;
    }

    void requireEditable() {
        requireNot(RoundStatus.CLOSED, "change");
    }

    private void requireNot(RoundStatus forbidden, String action) {
        if (status == forbidden) {
            throw new InvalidMatchingRequestException("matching.error.round-" + status.name().toLowerCase() + "-" + action,
                    "This round is " + status.name().toLowerCase() + "; you cannot " + action + " it.");
        }
    }

    RoundSummary toView(String programmeName) {
        return new RoundSummary(id, programmeId, programmeName, name, status, createdAt, lastRunAt, publishedAt,
                Set.copyOf(projectIds).size(), Set.copyOf(mentorCountries), filledSlots, openSlots, totalScore);
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    RoundStatus getStatus() {
        return status;
    }

    Set<Long> getProjectIds() {
        return Set.copyOf(projectIds);
    }

    Set<String> getMentorCountries() {
        return Set.copyOf(mentorCountries);
    }
}
