package org.crossfield.webhook;

/**
 * PENDING (due at its next attempt) → SENDING (taken by the sender) → DELIVERED (the receiver answered 2xx: never sent
 * again) | back to PENDING after a failure, with back-off | FAILED (attempts used up) | SKIPPED (the subscriber may not
 * see the object, or no longer may sign in: nothing is sent).
 */
public enum WebhookDeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED, SKIPPED
}
