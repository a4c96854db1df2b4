package org.crossfield.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the webhook outbox, like the mail outbox's sender (docs/adr/0007, 0061): takes due PENDING deliveries in a
 * short transaction of its own (SENDING, {@code FOR UPDATE SKIP LOCKED}), skips those whose subscriber may not see the
 * object, POSTs the others signed, and records each answer in a second short transaction: DELIVERED on 2xx (never sent
 * again), else back to PENDING with exponential back-off, or FAILED after {@code crossfield.webhooks.max-attempts}.
 * No network call happens inside a database transaction. Redirects are not followed (the URL was checked, where it
 * points to was not).
 *
 * <p>The only way an event reaches a receiver twice: the sender stops between the receiver's 2xx and recording it;
 * after {@code sending-timeout} it is sent again, with the same event id, which receivers use to tell.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final int MAX_ANSWER_CHARS = 300;

    /** What one run did. */
    record Report(int delivered, int retrying, int failed, int skipped) {

        Report plus(Report o) {
            return new Report(delivered + o.delivered, retrying + o.retrying, failed + o.failed, skipped + o.skipped);
        }
    }

    private record Outcome(WebhookDeliveryStatus status, Integer statusCode, String error) {
    }

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookVisibility visibility;
    private final WebhookSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
                  WebhookVisibility visibility, WebhookSettings settings, PlatformTransactionManager transactions,
                  ObjectProvider<Clock> clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.visibility = visibility;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends every due delivery (within limits: the rest waits for the next run). */
    Report sendDue() {
        recoverExpiredLeases();
        Report report = new Report(0, 0, 0, 0);
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<WebhookDelivery> claimed = claimDue();
            if (claimed.isEmpty()) {
                break;
            }
            for (WebhookDelivery delivery : claimed) {
                report = report.plus(record(delivery, attempt(delivery)));
            }
        }
        return report;
    }

    /** Deliveries waiting out a back-off become due, then everything due is sent (tests; an operator's retry). */
    Report sendAllPendingNow() {
        Instant now = now();
        transaction.executeWithoutResult(status -> deliveries.makePendingDue(now));
        return sendDue();
    }

    private void recoverExpiredLeases() {
        Instant now = now();
        Integer recovered = transaction.execute(status -> {
            List<WebhookDelivery> expired = deliveries.findAllById(deliveries.lockExpiredLeases(now, settings.batchSize() * 10));
            expired.forEach(d -> d.leaseExpired(settings.maxAttempts(), now));
            return expired.size();
        });
        if (recovered != null && recovered > 0) {
            log.warn("{} webhook deliveries were still SENDING after {}: their sender stopped; they are sent again",
                    recovered, settings.sendingTimeout());
        }
    }

    private List<WebhookDelivery> claimDue() {
        Instant now = now();
        List<WebhookDelivery> claimed = transaction.execute(status -> {
            List<WebhookDelivery> due = deliveries.findAllById(deliveries.lockDue(now, settings.batchSize()));
            due.forEach(d -> d.claim(now.plus(settings.sendingTimeout())));
            return due;
        });
        return claimed == null ? List.of() : claimed;
    }

    private Outcome attempt(WebhookDelivery delivery) {
        Optional<WebhookSubscription> found = subscriptions.findById(delivery.getSubscriptionId());
        if (found.isEmpty()) {
            return new Outcome(WebhookDeliveryStatus.SKIPPED, null, "The subscription was deleted.");
        }
        WebhookSubscription subscription = found.get();
        try {
            Optional<String> refusal = visibility.refusal(subscription.getOwnerId(),
                    WebhookEvent.ObjectType.valueOf(delivery.getObjectType()), delivery.getObjectId());
            if (refusal.isPresent()) {
                return new Outcome(WebhookDeliveryStatus.SKIPPED, null, refusal.get());
            }
        } catch (RuntimeException e) {
            log.warn("Could not check whether webhook delivery {} may be sent: {}", delivery.getId(), e.toString());
            return new Outcome(WebhookDeliveryStatus.PENDING, null,
                    "Crossfield could not check who may see this event; it tries again.");
        }
        URI uri;
        try {
            uri = WebhookUrls.check(subscription.getUrl(), settings.allowLocalAddresses());
        } catch (InvalidWebhookException e) {
            return new Outcome(WebhookDeliveryStatus.PENDING, null, e.getMessage());
        }
        byte[] body = delivery.getPayload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Crossfield-Webhooks/1")
                .header("X-Crossfield-Event", WebhookEventType.valueOf(delivery.getEventType()).wireName())
                .header("X-Crossfield-Event-Id", delivery.getEventId())
                .header("X-Crossfield-Delivery", String.valueOf(delivery.getId()))
                .header("X-Crossfield-Timestamp", String.valueOf(clock.instant().getEpochSecond()))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(subscription.getSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(MAX_ANSWER_CHARS), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            }
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return new Outcome(WebhookDeliveryStatus.DELIVERED, code, null);
            }
            return new Outcome(WebhookDeliveryStatus.PENDING, code, "The receiver answered HTTP " + code
                    + (answer.isEmpty() ? "." : ": " + answer));
        } catch (IOException e) {
            return new Outcome(WebhookDeliveryStatus.PENDING, null, "The receiver could not be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(WebhookDeliveryStatus.PENDING, null, "Sending was interrupted.");
        }
    }

    private Report record(WebhookDelivery claim, Outcome outcome) {
        Instant now = now();
        Report report = transaction.execute(status -> {
            WebhookDelivery d = deliveries.findById(claim.getId()).orElse(null);
            if (d == null) {
                return new Report(0, 0, 0, 0); // its subscription was deleted meanwhile
            }
            if (outcome.status() == WebhookDeliveryStatus.DELIVERED) {
                d.delivered(outcome.statusCode(), now);
                return new Report(1, 0, 0, 0);
            }
            if (d.getStatus() != WebhookDeliveryStatus.SENDING || d.getVersion() != claim.getVersion()) {
                // our lease ran out and another sender took it over: its result counts, not ours
                return new Report(0, 0, 0, 0);
            }
            if (outcome.status() == WebhookDeliveryStatus.SKIPPED) {
                d.skipped(outcome.error());
                return new Report(0, 0, 0, 1);
            }
            d.failed(outcome.statusCode(), outcome.error(), settings.maxAttempts(),
                    settings.backoffAfter(d.getAttempts() + 1), now);
            return d.getStatus() == WebhookDeliveryStatus.FAILED ? new Report(0, 0, 1, 0) : new Report(0, 1, 0, 0);
        });
        return report == null ? new Report(0, 0, 0, 0) : report;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
