package org.crossfield.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_requirement", joinColumns = @JoinColumn(name = "project_id"))
    private List<Requirement> requirements = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PhdProject() {
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
        return status;
    }

    String getResearchQuestion() {
        return researchQuestion;
    }

    List<RequirementView> requirementViews() {
        return requirements.stream().map(Requirement::toView).toList();
    }

    @Embeddable
    static class Requirement {

        @Column(name = "competency_code", nullable = false, length = 16)
        private String competencyCode;

        @Column(name = "level", nullable = false, columnDefinition = "tinyint")
        private int level;

        @Column(name = "weight", nullable = false, precision = 6, scale = 3)
        private BigDecimal weight;

        @Column(name = "must_have", nullable = false)
        private boolean mustHave;

        protected Requirement() {
        }

        RequirementView toView() {
            return new RequirementView(competencyCode, level, weight.doubleValue(), mustHave);
        }
    }
}
