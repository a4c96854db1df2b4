package org.crossfield.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's URL for some events. The secret signs every delivery; it is kept readable (the signature needs it) and
 * shown to its person only once, when the subscription is made.
 */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "url", nullable = false, length = 500)
    private String url;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Column(name = "event_types", nullable = false, length = 300)
    private String eventTypes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookSubscription() {
    }

    WebhookSubscription(long ownerId, String url, String secret, Set<WebhookEventType> types, Instant now) {
        this.ownerId = ownerId;
        this.url = url;
        this.secret = secret;
        this.eventTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    Set<WebhookEventType> types() {
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(eventTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> WebhookEventType.parse(s).ifPresent(types::add));
        return types;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
