package org.crossfield.collaboration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A milestone of a collaboration: a title, a due date, done or not. */
@Entity
@Table(name = "collaboration_milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "collaboration_id", nullable = false)
    private Long collaborationId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Milestone() {
    }

    Milestone(long collaborationId, String title, LocalDate dueOn, long createdBy, Instant now) {
        this.collaborationId = collaborationId;
        this.title = title;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    void markDone(boolean done, Instant now) {
        this.done = done;
        this.doneAt = done ? now.truncatedTo(ChronoUnit.SECONDS) : null;
    }

    MilestoneEntry toView() {
        return new MilestoneEntry(id, collaborationId, title, dueOn, done);
    }

    Long getCollaborationId() {
        return collaborationId;
    }
}
