package org.crossfield.webhook;

import java.time.Instant;

/**
 * A delivery as its subscriber sees it: what, its status, attempts, the receiver's last HTTP status and the last error.
 *
 * @param nextAttemptAt when it is tried again (PENDING only), else null
 */
public record WebhookDeliverySummary(long id, String eventId, String eventType, String objectType, long objectId,
                                     WebhookDeliveryStatus status, int attempts, Integer lastStatusCode, String lastError,
                                     Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
}
