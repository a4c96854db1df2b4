package org.crossfield.application;

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

/** A student's application to a posting; it refuses the transitions its status does not allow. */
@Entity
@Table(name = "application")
class StudentApplication {

    static final int MAX_MOTIVATION = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_type", nullable = false, length = 16)
    private PostingType postingType;

    @Column(name = "posting_id", nullable = false)
    private Long postingId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "motivation", columnDefinition = "text")
    private String motivation;

    @Column(name = "cv_file_id")
    private Long cvFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason", length = 32)
    private RejectionReason rejectReason;

    @Column(name = "reject_text", length = 1000)
    private String rejectText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StudentApplication() {
    }

    StudentApplication(PostingType postingType, long postingId, long studentId, Instant now) {
        this.postingType = postingType;
        this.postingId = postingId;
        this.studentId = studentId;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = seconds(now);
        this.updatedAt = this.createdAt;
    }

    /** Replaces the draft's content; only a draft can be edited. */
    void edit(String motivation, Long cvFileId, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException("application.error.already-submitted", "This application has already been submitted; it can no longer be changed.");
        }
        if (motivation != null && motivation.length() > MAX_MOTIVATION) {
            throw new InvalidApplicationException("application.error.motivation-too-long", "The motivation is " + motivation.length()
                    + " characters long; at most " + MAX_MOTIVATION + " are allowed.", motivation.length(), MAX_MOTIVATION);
        }
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        this.cvFileId = cvFileId;
        this.updatedAt = seconds(now);
    }

    /** Attaches or replaces the CV: allowed until the application is decided (offer, rejection, withdrawal). */
    void replaceCv(Long cvFileId, Instant now) {
        if (!CV_REPLACEABLE.contains(status)) {
            throw new InvalidApplicationException("application.error.cv-fixed", "The application is " + status.label().toLowerCase()
                    + ", so its CV can no longer be changed.", status);
        }
        this.cvFileId = cvFileId;
        this.updatedAt = seconds(now);
    }

    static final java.util.Set<ApplicationStatus> CV_REPLACEABLE = java.util.EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);

    void submit(Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException("application.error.already-submitted-status", "This application has already been submitted (it is "
                    + status.label().toLowerCase() + ").", status);
        }
        if (motivation == null || motivation.isBlank()) {
            throw new InvalidApplicationException("application.form.motivation-required", "Write a motivation before submitting.");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = seconds(now);
        this.updatedAt = this.submittedAt;
    }

    /** The first time a reviewer opens it; later openings change nothing. */
    boolean markUnderReview(Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            return false;
        }
        move(ApplicationStatus.UNDER_REVIEW, now);
        return true;
    }

    void shortlist(Instant now) {
        require(status.canBeShortlisted(), "shortlist");
        move(ApplicationStatus.SHORTLISTED, now);
    }

    void offer(Instant now) {
        require(status.canBeOffered(), "make an offer on");
        move(ApplicationStatus.OFFERED, now);
    }

    void reject(RejectionReason reason, String text, Instant now) {
        require(status.canBeRejected(), "reject");
        if (reason == null) {
            throw new InvalidApplicationException("application.error.reason-required", "Choose a reason for the rejection.");
        }
        String explanation = text == null || text.isBlank() ? null : text.strip();
        if (explanation != null && explanation.length() > 1000) {
            throw new InvalidApplicationException("application.error.explanation-too-long", "The explanation is limited to 1000 characters.", 1000);
        }
        if (reason == RejectionReason.OTHER && explanation == null) {
            throw new InvalidApplicationException("application.error.explain-other", "Explain the reason when you choose \"Other\".");
        }
        this.rejectReason = reason;
        this.rejectText = explanation;
        move(ApplicationStatus.REJECTED, now);
    }

    void withdraw(Instant now) {
        require(status.canBeWithdrawn(), "withdraw");
        move(ApplicationStatus.WITHDRAWN, now);
    }

    void accept(Instant now) {
        require(status.awaitsAnswer(), "accept");
        move(ApplicationStatus.ACCEPTED, now);
    }

    void decline(Instant now) {
        require(status.awaitsAnswer(), "decline");
        move(ApplicationStatus.DECLINED, now);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new InvalidApplicationException("application.error.cannot." + action.replace(' ', '-'), "You cannot " + action
                    + " an application that is " + status.label().toLowerCase() + ".", status);
        }
    }

    private void move(ApplicationStatus next, Instant now) {
        this.status = next;
        this.updatedAt = seconds(now);
    }

    private static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    Long getId() {
        return id;
    }

    PostingType getPostingType() {
        return postingType;
    }

    long getPostingId() {
        return postingId;
    }

    long getStudentId() {
        return studentId;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    String getMotivation() {
        return motivation;
    }

    Long getCvFileId() {
        return cvFileId;
    }

    RejectionReason getRejectReason() {
        return rejectReason;
    }

    String getRejectText() {
        return rejectText;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
