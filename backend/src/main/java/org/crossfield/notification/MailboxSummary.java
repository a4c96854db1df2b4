package org.crossfield.notification;

/** How mail leaves this installation, and how many outbox mails are in each state. */
public record MailboxSummary(MailDelivery delivery, long pending, long sending, long sent, long failed) {
}
