package org.crossfield.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crossfield.agreement.AgreementSignedEvent;
import org.crossfield.application.ApplicationStatusChangedEvent;
import org.crossfield.collaboration.OutcomeRecordedEvent;
import org.crossfield.marketplace.PostingClosedEvent;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingOpenedEvent;
import org.crossfield.webhook.WebhookEvent.ObjectType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the features' domain events into deliveries, one per subscription that asked for the event's type. A plain
 * (synchronous) listener: it runs inside the transaction that published the event, so the deliveries are saved with
 * the change or not at all, and a delivery never reports a change that was rolled back. Whether the subscriber may see
 * the object is decided when it is sent ({@link WebhookSender}), with the rights the subscriber has then.
 */
@Component
class WebhookOutbox {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    WebhookOutbox(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                  ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener
    void on(ApplicationStatusChangedEvent e) {
        enqueue(WebhookEvent.of(WebhookEventType.APPLICATION_STATUS_CHANGED, ObjectType.APPLICATION, e.applicationId(),
                now(), "applicationId", e.applicationId(), "postingType", e.postingType().name(), "postingId",
                e.postingId(), "status", e.status().name(), "change", e.change()));
    }

    @EventListener
    void on(PostingOpenedEvent e) {
        enqueue(posting(WebhookEventType.POSTING_OPENED, e.kind(), e.postingId()));
    }

    @EventListener
    void on(PostingClosedEvent e) {
        enqueue(posting(WebhookEventType.POSTING_CLOSED, e.kind(), e.postingId()));
    }

    @EventListener
    void on(AgreementSignedEvent e) {
        enqueue(WebhookEvent.of(WebhookEventType.AGREEMENT_SIGNED, ObjectType.AGREEMENT, e.agreementId(), now(),
                "agreementId", e.agreementId(), "version", e.versionNo(), "sha256", e.sha256()));
    }

    @EventListener
    void on(OutcomeRecordedEvent e) {
        enqueue(WebhookEvent.of(WebhookEventType.OUTCOME_RECORDED, ObjectType.COLLABORATION, e.collaborationId(), now(),
                "outcomeId", e.outcomeId(), "collaborationId", e.collaborationId(), "type", e.typeCode()));
    }

    private WebhookEvent posting(WebhookEventType type, PostingKind kind, long postingId) {
        return WebhookEvent.of(type, kind == PostingKind.CHALLENGE ? ObjectType.CHALLENGE : ObjectType.PROJECT, postingId,
                now(), "kind", kind.name(), "postingId", postingId);
    }

    private void enqueue(WebhookEvent event) {
        List<WebhookSubscription> subscribed = subscriptions.findByType(event.type().name());
        Instant now = event.occurredAt();
        for (WebhookSubscription s : subscribed) {
            if (s.types().contains(event.type())) {
                deliveries.save(new WebhookDelivery(s.getId(), event, now));
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
