package org.crossfield.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A PhD project posted by a supervisor; mentors are matched to it by its required competencies. */
@Entity
@Table(name = "phd_project")
class PhdProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "supervisor_id", nullable = false)
    private Long supervisorId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "research_question", nullable = false, length = 2000)
    private String researchQuestion;

    @Column(name = "mentor_slots", nullable = false, columnDefinition = "tinyint")
    private int mentorSlots;

    @Column(name = "ip_regime_code", length = 20)
    private String ipRegimeCode;

    @Embedded
    private Governance governance;

    @Embedded
    private PostingState state;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_requirement", joinColumns = @JoinColumn(name = "project_id"))
    private List<Requirement> requirements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_challenge", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "challenge_id")
    private Set<Long> linkedChallenges = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PhdProject() {
    }

    PhdProject(long organisationId, long supervisorId, ProjectDraft draft, Instant now) {
        this.organisationId = organisationId;
        this.supervisorId = supervisorId;
        this.createdAt = now;
        this.state = PostingState.draft();
        apply(draft);
    }

    /** Replaces the content; only a draft may change. */
    void edit(ProjectDraft draft) {
        state.requireEditable();
        apply(draft);
    }

    private void apply(ProjectDraft d) {
        programmeId = d.programmeId();
        title = d.title().strip();
        researchQuestion = d.researchQuestion().strip();
        mentorSlots = d.mentorSlots();
        ipRegimeCode = Text.trimmed(d.ipRegimeCode());
        governance = new Governance(d.governance());
        requirements.clear();
        d.requirements().forEach(r -> requirements.add(new Requirement(r)));
        linkedChallenges.clear();
        if (d.linkedChallengeIds() != null) {
            linkedChallenges.addAll(d.linkedChallengeIds());
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

    ProjectDraft toDraft() {
        return new ProjectDraft(programmeId, title, researchQuestion, mentorSlots, ipRegimeCode,
                requirementViews(), Set.copyOf(linkedChallenges), governance.toTerms());
    }

    PostingState getState() {
        return state;
    }

    String getTitle() {
        return title;
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    ProjectStatus getStatus() {
        return state.status();
    }

    String getResearchQuestion() {
        return researchQuestion;
    }

    List<RequiredCompetency> requirementViews() {
        return requirements.stream().map(Requirement::toView).toList();
    }
}
