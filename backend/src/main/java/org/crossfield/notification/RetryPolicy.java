package org.crossfield.notification;

import java.time.Duration;

/**
 * When to try a mail again: after the n-th failed attempt wait {@code initialBackoff × 2^(n-1)} (5 s, 10 s, 20 s, …),
 * never longer than {@code maxBackoff}; after {@code maxAttempts} failed attempts give up (FAILED).
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("crossfield.mail.outbox.max-attempts must be at least 1");
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "crossfield.mail.outbox.initial-backoff must be positive and max-backoff at least as long");
        }
    }

    /** How long to wait after {@code failedAttempts} (≥ 1) failed attempts. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // beyond 2^40 × any sensible initial back-off the cap applies anyway; this keeps the arithmetic far from overflow
        if (doublings >= 40) {
            return maxBackoff;
        }
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
