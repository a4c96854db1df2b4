package org.crossfield.notification;

import java.time.Instant;

/** One row of the outbox as the administrator's mailbox lists it. {@code transport} is null until sent. */
public record OutboxMailSummary(long id, String toAddress, String subject, String template, MailStatus status,
                             MailTransport transport, int attempts, Instant createdAt, Instant nextAttemptAt,
                             Instant sentAt, String lastError) {
}
