package org.crossfield.webhook;

import java.util.Set;

/** A new subscription: the receiver's URL (https; http only for local test receivers) and the events it wants. */
public record CreateWebhookCmd(String url, Set<WebhookEventType> eventTypes) {
}
