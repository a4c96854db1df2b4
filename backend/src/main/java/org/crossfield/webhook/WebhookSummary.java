package org.crossfield.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as its person sees it (never its secret), with its last delivery's status and error.
 *
 * @param eventTypes the wire names, e.g. {@code posting.opened}
 */
public record WebhookSummary(long id, String url, List<String> eventTypes, Instant createdAt,
                             WebhookDeliveryStatus lastStatus, String lastError, Instant lastAttemptAt) {
}
