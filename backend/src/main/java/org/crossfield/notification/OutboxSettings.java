package org.crossfield.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crossfield.mail.*}: the sender address and how the outbox is worked off (docs/operations.md, "Notifications
 * and e-mail").
 *
 * @param from                 the From address of every mail
 * @param schedulingEnabled    whether the outbox is polled in the background (tests switch it off and call the sender)
 * @param pollInterval         pause between two runs of the sender
 * @param batchSize            mails taken per transaction
 * @param maxAttempts          failed attempts after which a mail is FAILED
 * @param initialBackoff       wait after the first failed attempt; doubled after each further one
 * @param maxBackoff           the longest wait between two attempts
 * @param sendingTimeout       how long a mail may stay SENDING before it counts as abandoned by a crashed sender
 */
@ConfigurationProperties("crossfield.mail")
record OutboxSettings(@DefaultValue("Crossfield <noreply@localhost>") String from,
                      @DefaultValue("true") boolean schedulingEnabled,
                      @DefaultValue("2s") Duration pollInterval,
                      @DefaultValue("10") int batchSize,
                      @DefaultValue("10") int maxAttempts,
                      @DefaultValue("5s") Duration initialBackoff,
                      @DefaultValue("1h") Duration maxBackoff,
                      @DefaultValue("10m") Duration sendingTimeout) {

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }
}
