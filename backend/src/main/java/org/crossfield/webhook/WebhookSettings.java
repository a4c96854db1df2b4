package org.crossfield.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crossfield.webhooks.*} (docs/operations.md, docs/adr/0061-webhooks.md).
 *
 * @param schedulingEnabled   whether the job sends in the background (tests switch it off and call the sender)
 * @param batchSize           deliveries taken per transaction
 * @param maxAttempts         failed attempts after which a delivery is FAILED
 * @param initialBackoff      wait after the first failed attempt; doubled after each further one
 * @param maxBackoff          the longest wait between two attempts
 * @param sendingTimeout      how long a delivery may stay SENDING before it counts as abandoned by a stopped sender
 * @param connectTimeout      to reach the receiver
 * @param requestTimeout      for the receiver's answer
 * @param allowLocalAddresses receivers on loopback, private and link-local addresses, and plain http (tests, a
 *                            developer's machine); off in production, so that a subscription cannot make Crossfield
 *                            call its own network
 * @param maxPerPerson        subscriptions one person may have
 */
@ConfigurationProperties("crossfield.webhooks")
record WebhookSettings(@DefaultValue("true") boolean schedulingEnabled,
                       @DefaultValue("20") int batchSize,
                       @DefaultValue("12") int maxAttempts,
                       @DefaultValue("30s") Duration initialBackoff,
                       @DefaultValue("6h") Duration maxBackoff,
                       @DefaultValue("5m") Duration sendingTimeout,
                       @DefaultValue("5s") Duration connectTimeout,
                       @DefaultValue("10s") Duration requestTimeout,
                       @DefaultValue("false") boolean allowLocalAddresses,
                       @DefaultValue("10") int maxPerPerson) {

    /** How long to wait after {@code failedAttempts} (≥ 1): {@code initialBackoff × 2^(n-1)}, at most {@code maxBackoff}. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(40, Math.max(0, failedAttempts - 1));
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }
}
