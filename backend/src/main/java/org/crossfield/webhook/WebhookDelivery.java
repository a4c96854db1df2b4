package org.crossfield.webhook;

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
 * One event for one subscription in the webhook outbox, written in the same transaction as the event (so it exists
 * exactly when the event does). Once DELIVERED it is never sent again; while SENDING, {@code nextAttemptAt} is the end
 * of the sender's lease, after which a stopped sender's delivery goes back to PENDING (the one case where a receiver
 * may see an event twice, with the same event id).
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(name = "object_type", nullable = false, length = 20)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private long objectId;

    @Column(name = "payload", nullable = false, columnDefinition = "mediumtext")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private WebhookDeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long subscriptionId, WebhookEvent event, Instant now) {
        this.subscriptionId = subscriptionId;
        this.eventId = event.id();
        this.eventType = event.type().name();
        this.objectType = event.objectType().name();
        this.objectId = event.objectId();
        this.payload = event.json();
        this.status = WebhookDeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void claim(Instant leaseEnd) {
        if (status != WebhookDeliveryStatus.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", only a pending one can be sent");
        }
        status = WebhookDeliveryStatus.SENDING;
        nextAttemptAt = leaseEnd;
    }

    /**
     * Its owner asks for a FAILED delivery to be tried again: it becomes due now with a fresh count of attempts (the
     * same event id and body, so a receiver that keeps event ids recognises it). Only a FAILED one: a pending one is
     * tried anyway, and a delivered or skipped one is never sent again.
     */
    void sendAgain(Instant now) {
        if (status != WebhookDeliveryStatus.FAILED) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", only a failed one can be sent again");
        }
        status = WebhookDeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** The receiver acknowledged it (2xx); recorded whatever the state, so that it is never sent again. */
    void delivered(int statusCode, Instant now) {
        status = WebhookDeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        attempts++;
    }

    /** Nothing is sent: the subscriber may not see the object (any more), or may not sign in. */
    void skipped(String reason) {
        status = WebhookDeliveryStatus.SKIPPED;
        lastError = shorten(reason);
    }

    /** A failed attempt: back to PENDING after the back-off, or FAILED once the attempts are used up. */
    void failed(Integer statusCode, String error, int maxAttempts, Duration backoff, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = shorten(error);
        if (attempts >= maxAttempts) {
            status = WebhookDeliveryStatus.FAILED;
        } else {
            status = WebhookDeliveryStatus.PENDING;
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** The lease ran out while SENDING: the sender stopped before recording the result; tried again at once. */
    void leaseExpired(int maxAttempts, Instant now) {
        attempts++;
        lastError = "The sender stopped before it recorded the receiver's answer; sending it again.";
        status = attempts >= maxAttempts ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
        nextAttemptAt = now;
    }

    private static String shorten(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getSubscriptionId() {
        return subscriptionId;
    }

    String getEventId() {
        return eventId;
    }

    String getEventType() {
        return eventType;
    }

    String getObjectType() {
        return objectType;
    }

    long getObjectId() {
        return objectId;
    }

    String getPayload() {
        return payload;
    }

    WebhookDeliveryStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    WebhookDeliverySummary toSummary() {
        return new WebhookDeliverySummary(id, eventId, WebhookEventType.valueOf(eventType).wireName(), objectType,
                objectId, status, attempts, lastStatusCode, lastError, createdAt,
                status == WebhookDeliveryStatus.PENDING ? nextAttemptAt : null, deliveredAt);
    }
}
