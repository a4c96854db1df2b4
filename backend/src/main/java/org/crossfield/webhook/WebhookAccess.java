package org.crossfield.webhook;

import org.crossfield.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Object-level rule of {@link WebhookService}: a subscription is its person's alone ({@code @webhookAccess.owns}). */
@Component("webhookAccess")
class WebhookAccess {

    private final WebhookSubscriptionRepository subscriptions;

    WebhookAccess(WebhookSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    public boolean owns(long subscriptionId) {
        return CurrentUser.get().map(me -> subscriptions.findById(subscriptionId)
                .map(s -> s.getOwnerId() == me.getId()).orElse(false)).orElse(false);
    }
}
