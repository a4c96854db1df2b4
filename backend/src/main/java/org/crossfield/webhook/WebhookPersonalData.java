package org.crossfield.webhook;

import java.util.List;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.springframework.stereotype.Component;

/**
 * A person's webhook subscriptions (their receiving URLs, never the secrets) in their data export; an erasure deletes
 * the subscriptions and their deliveries (nothing else refers to them).
 */
@Component
class WebhookPersonalData implements PersonalDataHolder {

    private final WebhookSubscriptionRepository subscriptions;

    WebhookPersonalData(WebhookSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** One subscription as exported. */
    record ExportedSubscription(long id, String url, List<String> eventTypes, java.time.Instant createdAt) {
    }

    @Override
    public String kind() {
        return "webhooks";
    }

    @Override
    public Object export(long personId) {
        return subscriptions.findByOwnerIdOrderByIdAsc(personId).stream().map(s -> new ExportedSubscription(s.getId(),
                s.getUrl(), s.types().stream().map(WebhookEventType::wireName).toList(), s.getCreatedAt())).toList();
    }

    @Override
    public ErasurePlan plan(long personId) {
        long n = subscriptions.countByOwnerId(personId);
        return ErasurePlan.of(n == 0 ? List.of() : List.of(new Text("webhook.erasure.subscriptions",
                        "Webhook subscriptions and their deliveries (" + n + ")", n)),
                List.of());
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        List<WebhookSubscription> mine = subscriptions.findByOwnerIdOrderByIdAsc(person.id());
        subscriptions.deleteAll(mine);
        return mine.isEmpty() ? List.of() : List.of(new Text("webhook.erasure.done", "Webhook subscriptions deleted: " + mine.size(),
                mine.size()));
    }
}
