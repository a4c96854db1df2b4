package org.crossfield.collaboration;

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
import java.time.temporal.ChronoUnit;

/** A collaboration and its parties; it refuses the status changes its status does not allow. */
@Entity
@Table(name = "collaboration")
class Collaboration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 8)
    private CollaborationOrigin origin;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "challenge_id")
    private Long challengeId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "partner_organisation_id")
    private Long partnerOrganisationId;

    @Column(name = "academic_organisation_id")
    private Long academicOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CollaborationStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Collaboration() {
    }

    private Collaboration(long programmeId, String title, CollaborationOrigin origin, Instant now) {
        this.programmeId = programmeId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.origin = origin;
        this.status = CollaborationStatus.ACTIVE;
        this.startedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A student accepted an offer for a PhD project or a challenge. */
    static Collaboration fromOffer(long programmeId, String title, long applicationId, long studentId, Instant now) {
        Collaboration c = new Collaboration(programmeId, title, CollaborationOrigin.OFFER, now);
        c.applicationId = applicationId;
        c.studentId = studentId;
        return c;
    }

    /** A mentor and a project's supervisor both accepted a mentoring match. */
    static Collaboration fromMatch(long programmeId, String title, long proposalId, long mentorId, Instant now) {
        Collaboration c = new Collaboration(programmeId, title, CollaborationOrigin.MATCH, now);
        c.proposalId = proposalId;
        c.mentorId = mentorId;
        return c;
    }

    Collaboration onProject(long projectId, long supervisorId, Long academicOrganisationId) {
        this.projectId = projectId;
        this.supervisorId = supervisorId;
        this.academicOrganisationId = academicOrganisationId;
        return this;
    }

    Collaboration onChallenge(long challengeId, Long partnerOrganisationId, Long academicOrganisationId) {
        this.challengeId = challengeId;
        this.partnerOrganisationId = partnerOrganisationId;
        this.academicOrganisationId = academicOrganisationId;
        return this;
    }

    Collaboration withPartner(Long partnerOrganisationId) {
        if (this.partnerOrganisationId == null) {
            this.partnerOrganisationId = partnerOrganisationId;
        }
        return this;
    }

    /** The student of an accepted offer joins a collaboration that a mentoring match started. */
    void joinStudent(long studentId, long applicationId) {
        requireActive();
        if (this.studentId != null) {
            throw new IllegalCollaborationTransitionException("collaboration.error.has-student", "This collaboration already has a student.");
        }
        this.studentId = studentId;
        this.applicationId = applicationId;
    }

    /** The mentor of an accepted match joins a collaboration that an accepted offer started. */
    void joinMentor(long mentorId, long proposalId, Long partnerOrganisationId) {
        requireActive();
        if (this.mentorId != null) {
            throw new IllegalCollaborationTransitionException("collaboration.error.has-mentor", "This collaboration already has a mentor.");
        }
        this.mentorId = mentorId;
        this.proposalId = proposalId;
        withPartner(partnerOrganisationId);
    }

    void complete(Instant now) {
        requireActive();
        status = CollaborationStatus.COMPLETED;
        endedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    void cancel(Instant now) {
        requireActive();
        status = CollaborationStatus.CANCELLED;
        endedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    private void requireActive() {
        if (status != CollaborationStatus.ACTIVE) {
            throw new IllegalCollaborationTransitionException("collaboration.error.not-active." + status.name(),
                    "This collaboration is " + status.name().toLowerCase() + "; only an active collaboration can change.");
        }
    }

    Long getId() {
        return id;
    }

    long getProgrammeId() {
        return programmeId;
    }

    Long getStudentId() {
        return studentId;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    Long getMentorId() {
        return mentorId;
    }

    Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    CollaborationStatus getStatus() {
        return status;
    }
}
