package org.crossfield.notification;

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
import java.util.Locale;

/**
 * A rendered e-mail in the transactional outbox (docs/adr/0007). It is written in the same transaction as the change it
 * reports, so it exists exactly when that change does, and it leaves the outbox only once sent or given up on.
 *
 * <p>While SENDING, {@code nextAttemptAt} is the end of the sender's lease: a mail still SENDING after that belongs
 * to a sender that stopped (crash, lost database) and goes back to PENDING.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int MAX_SUBJECT = 300;
    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;

    @Column(name = "locale", nullable = false, length = 8)
    private String locale;

    @Column(name = "template", nullable = false, length = 60)
    private String template;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "html_body", nullable = false, columnDefinition = "mediumtext")
    private String htmlBody;

    @Column(name = "text_body", nullable = false, columnDefinition = "mediumtext")
    private String textBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MailStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport", length = 16)
    private MailTransport transport;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "message_id", length = 200)
    private String messageId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Long recipientUserId, String toAddress, String locale, String template, RenderedMail rendered, Instant now) {
        this.recipientUserId = recipientUserId;
        this.toAddress = toAddress;
        this.locale = locale;
        this.template = template;
        this.subject = Text.shorten(rendered.subject(), MAX_SUBJECT);
        this.htmlBody = rendered.html();
        this.textBody = rendered.text();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The sender takes it until {@code leaseEnd}. Only a PENDING mail can be taken. */
    void claim(Instant leaseEnd) {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", only a pending mail can be sent");
        }
        status = MailStatus.SENDING;
        nextAttemptAt = leaseEnd;
    }

    /**
     * The mail left. Recorded whatever the state: a mail that was sent is sent, even when its lease ran out meanwhile
     * (then this keeps it from being sent once more).
     */
    void sent(MailTransport how, String sentMessageId, Instant now) {
        if (status == MailStatus.SENT) {
            return;
        }
        status = MailStatus.SENT;
        transport = how;
        messageId = sentMessageId;
        sentAt = now;
        lastError = null;
    }

    /** One failed attempt: back to PENDING after the policy's back-off, or FAILED once attempts are used up or it can never succeed. */
    void failed(String error, boolean permanent, RetryPolicy policy, Instant now) {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not being sent");
        }
        attempts++;
        lastError = Text.shorten(error, MAX_ERROR);
        if (permanent || policy.exhausted(attempts)) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /**
     * The lease ran out while SENDING: the sender stopped before recording the result. It counts as an attempt (so that
     * a mail that crashes the sender every time ends as FAILED) and is tried again at once. It may have been sent
     * already: this is the one place where a mail can go out twice.
     */
    void leaseExpired(RetryPolicy policy, Instant now) {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not being sent");
        }
        attempts++;
        lastError = "The sender stopped before it recorded whether this mail was sent; sending it again.";
        status = policy.exhausted(attempts) ? MailStatus.FAILED : MailStatus.PENDING;
        nextAttemptAt = now;
    }

    /** An administrator sends a failed mail once more, with a fresh set of attempts. */
    void requeue(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a failed mail can be sent again; this one is " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /**
     * The Message-ID header: the same for every attempt, so that a mail sent twice (see {@link #leaseExpired}) can be
     * recognised as one by the receiving side. The creation time keeps ids unique when a database starts over.
     */
    String messageId(String domain) {
        return "<crossfield." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    MailStatus getStatus() {
        return status;
    }

    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    String getTextBody() {
        return textBody;
    }

    OutboxMailSummary toView() {
        return new OutboxMailSummary(id, toAddress, subject, template, status, transport, attempts, createdAt, nextAttemptAt,
                sentAt, lastError);
    }

    OutboxMailContent toContent() {
        return new OutboxMailContent(toView(), locale, messageId, textBody, htmlBody);
    }
}
