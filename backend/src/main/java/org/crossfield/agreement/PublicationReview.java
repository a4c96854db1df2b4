package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A manuscript sent to the partner for review under a signed agreement. The partner answers before {@code deadlineAt}
 * (consent, objection, or a delay up to the agreement's maximum); at the deadline silence becomes consent. The deadline
 * is a column, acted on by {@link AgreementDeadlines}: a restart loses nothing.
 */
@Entity
@Table(name = "publication_review")
class PublicationReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "manuscript_name", updatable = false)
    private String manuscriptName;

    @Column(name = "manuscript_pdf", updatable = false, columnDefinition = "mediumblob")
    private byte[] manuscriptPdf;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "deadline_at", nullable = false, updatable = false)
    private Instant deadlineAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ReviewStatus status;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "delay_days")
    private Integer delayDays;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PublicationReview() {
    }

    PublicationReview(long agreementId, long requestedBy, String title, String manuscriptName, byte[] manuscriptPdf,
                      Instant now, int noticeDays) {
        this.agreementId = agreementId;
        this.requestedBy = requestedBy;
        this.title = title;
        this.manuscriptName = manuscriptName;
        this.manuscriptPdf = manuscriptPdf;
        this.requestedAt = now;
        this.deadlineAt = now.plus(Duration.ofDays(noticeDays));
        this.status = ReviewStatus.PENDING;
    }

    void consent(long by, Instant now) {
        answer(by, now, ReviewStatus.CONSENTED, null, null);
    }

    void object(long by, String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new InvalidAgreementException("agreement.error.objection-reason",
                    "Say what you object to, e.g. which confidential information the manuscript discloses.");
        }
        answer(by, now, ReviewStatus.OBJECTED, why.strip(), null);
    }

    void delay(long by, int days, Integer maxDelayDays, String why, Instant now) {
        if (maxDelayDays == null) {
            throw new InvalidAgreementException("agreement.error.no-delay",
                    "This agreement allows no publication delay: consent or object.");
        }
        if (days < 1 || days > maxDelayDays) {
            throw new InvalidAgreementException("agreement.error.delay-range",
                    "A delay is between 1 and " + maxDelayDays + " days under this agreement.", maxDelayDays);
        }
        answer(by, now, ReviewStatus.DELAYED, why == null || why.isBlank() ? null : why.strip(), days);
    }

    /** The deadline passed without an answer: silence is consent. */
    void consentBySilence(Instant now) {
        if (status != ReviewStatus.PENDING) {
            throw new InvalidAgreementException("agreement.error.review-answered", "This review was already answered.");
        }
        status = ReviewStatus.CONSENTED_BY_SILENCE;
        answeredAt = now;
    }

    void reminded(Instant now) {
        reminderSentAt = now;
    }

    private void answer(long by, Instant now, ReviewStatus next, String why, Integer days) {
        if (status != ReviewStatus.PENDING) {
            throw new InvalidAgreementException("agreement.error.review-answered",
                    "This review was already answered (" + status.label().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        if (!now.isBefore(deadlineAt)) {
            throw new InvalidAgreementException("agreement.error.review-period-over",
                    "The review period ended on " + deadlineAt + ": silence meant consent.");
        }
        status = next;
        answeredBy = by;
        answeredAt = now;
        reason = why;
        delayDays = days;
    }

    void markDemo() {
        demo = true;
    }

    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    long getRequestedBy() {
        return requestedBy;
    }

    String getTitle() {
        return title;
    }

    String getManuscriptName() {
        return manuscriptName;
    }

    byte[] getManuscriptPdf() {
        return manuscriptPdf;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getDeadlineAt() {
        return deadlineAt;
    }

    /**
     * Until when publication is held: after a granted delay, the review deadline plus the delay; otherwise the review
     * deadline itself. The date every screen, trail entry and notification shows as the deadline.
     */
    Instant heldUntil() {
        return status == ReviewStatus.DELAYED && delayDays != null ? deadlineAt.plus(Duration.ofDays(delayDays)) : deadlineAt;
    }

    ReviewStatus getStatus() {
        return status;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    String getReason() {
        return reason;
    }

    Integer getDelayDays() {
        return delayDays;
    }

    Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
