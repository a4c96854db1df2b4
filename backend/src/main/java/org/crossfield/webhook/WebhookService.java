package org.crossfield.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's or coordinator's webhook subscriptions, for the Integrations page and the API alike: make one (the
 * secret is shown once), list them with their last delivery, see a subscription's deliveries, delete one. Each
 * subscription is its person's alone. What a subscription receives is decided when it is delivered
 * ({@link WebhookSender}): only events about objects its person may see.
 */
@Service
@Transactional(readOnly = true)
public class WebhookService {

    /** The most deliveries one list shows, newest first. */
    public static final int DELIVERY_LIST_LIMIT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                   WebhookSettings settings, ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** My subscriptions, oldest first, each with its last delivery's status. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR)")
    public List<WebhookSummary> mySubscriptions() {
        return subscriptions.findByOwnerIdOrderByIdAsc(CurrentUser.require().getId()).stream().map(this::summary).toList();
    }

    /** One of my subscriptions. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR) and @webhookAccess.owns(#subscriptionId)")
    public WebhookSummary subscription(long subscriptionId) {
        return summary(load(subscriptionId));
    }

    /**
     * A new subscription with a fresh secret (32 random bytes, base64url, prefixed {@code whsec_}), returned this once.
     * Refused with nothing saved for a URL Crossfield does not call ({@link WebhookUrls}), no events, or too many.
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR)")
    @Transactional
    public NewWebhook create(CreateWebhookCmd cmd) {
        long me = CurrentUser.require().getId();
        String url = WebhookUrls.check(cmd.url(), settings.allowLocalAddresses()).toString();
        if (cmd.eventTypes() == null || cmd.eventTypes().isEmpty()) {
            throw new InvalidWebhookException("webhook.error.no-events", "Choose at least one event.");
        }
        if (subscriptions.countByOwnerId(me) >= settings.maxPerPerson()) {
            throw new InvalidWebhookException("webhook.error.too-many", "You have " + settings.maxPerPerson()
                    + " subscriptions, the most one person may have: delete one first.", settings.maxPerPerson());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebhookSubscription saved = subscriptions.save(new WebhookSubscription(me, url, secret,
                EnumSet.copyOf(cmd.eventTypes()), now()));
        return new NewWebhook(summary(saved), secret);
    }

    /** Deletes my subscription and its deliveries: nothing more is sent to its URL. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR) and @webhookAccess.owns(#subscriptionId)")
    @Transactional
    public void delete(long subscriptionId) {
        subscriptions.delete(load(subscriptionId));
    }

    /** A subscription's deliveries, newest first ({@link #DELIVERY_LIST_LIMIT} at most). */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR) and @webhookAccess.owns(#subscriptionId)")
    public List<WebhookDeliverySummary> deliveries(long subscriptionId) {
        return deliveries.findBySubscriptionIdOrderByIdDesc(load(subscriptionId).getId(), Limit.of(DELIVERY_LIST_LIMIT))
                .stream().map(WebhookDelivery::toSummary).toList();
    }

    /**
     * Tries a FAILED delivery of my subscription again (the sender picks it up at once, with the back-off starting
     * afresh). Refused for a delivery that is pending, delivered or skipped, and for one of another subscription.
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).PARTNER, T(org.crossfield.identity.Roles).COORDINATOR) and @webhookAccess.owns(#subscriptionId)")
    @Transactional
    public WebhookDeliverySummary sendAgain(long subscriptionId, long deliveryId) {
        WebhookDelivery delivery = deliveries.findById(deliveryId)
                .filter(d -> d.getSubscriptionId() == load(subscriptionId).getId())
                .orElseThrow(() -> new WebhookNotFoundException(subscriptionId));
        if (delivery.getStatus() != WebhookDeliveryStatus.FAILED) {
            throw new InvalidWebhookException("webhook.error.not-failed",
                    "Only a delivery that was given up on (FAILED) can be sent again; this one is " + delivery.getStatus() + ".");
        }
        delivery.sendAgain(now());
        return delivery.toSummary();
    }

    private WebhookSubscription load(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    private WebhookSummary summary(WebhookSubscription s) {
        List<WebhookDelivery> last = deliveries.findBySubscriptionIdOrderByIdDesc(s.getId(), Limit.of(1));
        WebhookDeliverySummary d = last.isEmpty() ? null : last.getFirst().toSummary();
        return new WebhookSummary(s.getId(), s.getUrl(), s.types().stream().map(WebhookEventType::wireName).toList(),
                s.getCreatedAt(), d == null ? null : d.status(), d == null ? null : d.lastError(),
                d == null ? null : (d.deliveredAt() != null ? d.deliveredAt() : d.createdAt()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
