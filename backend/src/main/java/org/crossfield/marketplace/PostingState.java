package org.crossfield.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The review workflow every posting goes through, with the columns that record it:
 * DRAFT → SUBMITTED → OPEN (a coordinator approves) or back to DRAFT with a comment; OPEN → CLOSED → AWARDED or
 * ARCHIVED. Each step refuses to run from a status it does not start from.
 */
@Embeddable
class PostingState {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected PostingState() {
    }

    static PostingState draft() {
        PostingState s = new PostingState();
        s.status = ProjectStatus.DRAFT;
        return s;
    }

    ProjectStatus status() {
        return status;
    }

    String reviewComment() {
        return reviewComment;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    void requireEditable() {
        require("edited", ProjectStatus.DRAFT);
    }

    void submit(Instant now) {
        require("submitted", ProjectStatus.DRAFT);
        status = ProjectStatus.SUBMITTED;
        submittedAt = now;
    }

    void approve(long by, Instant now) {
        require("approved", ProjectStatus.SUBMITTED);
        status = ProjectStatus.OPEN;
        reviewedBy = by;
        reviewedAt = now;
        reviewComment = null;
        publishedAt = now;
    }

    void sendBack(long by, String comment, Instant now) {
        require("sent back", ProjectStatus.SUBMITTED);
        if (comment == null || comment.isBlank()) {
            throw InvalidPostingException.of("marketplace.error.send-back-comment", "Say what needs to change when sending a posting back.");
        }
        status = ProjectStatus.DRAFT;
        reviewedBy = by;
        reviewedAt = now;
        reviewComment = comment.strip();
    }

    void close(Instant now) {
        require("closed", ProjectStatus.OPEN);
        status = ProjectStatus.CLOSED;
        closedAt = now;
    }

    void award() {
        require("awarded", ProjectStatus.CLOSED);
        status = ProjectStatus.AWARDED;
    }

    void archive() {
        if (status != ProjectStatus.CLOSED && status != ProjectStatus.AWARDED) {
            throw illegal("archived");
        }
        status = ProjectStatus.ARCHIVED;
    }

    private void require(String step, ProjectStatus from) {
        if (status != from) {
            throw illegal(step);
        }
    }

    private IllegalPostingTransitionException illegal(String step) {
        return new IllegalPostingTransitionException("marketplace.error.transition." + step.replace(' ', '-'),
                "A posting that is " + status.name().toLowerCase(java.util.Locale.ROOT) + " cannot be " + step + ".",
                new InvalidPostingException.Problem("marketplace.project-status." + status.name(),
                        status.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
