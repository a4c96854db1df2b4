package org.crossfield.notification;

/**
 * One outbox mail in full, for the administrator's mailbox. {@code htmlBody} is the mail as sent: show it only in a
 * sandboxed frame, never as markup of the application's own page.
 */
public record OutboxMailContent(OutboxMailSummary mail, String locale, String messageId, String textBody, String htmlBody) {
}
