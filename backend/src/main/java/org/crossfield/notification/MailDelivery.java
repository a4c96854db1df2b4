package org.crossfield.notification;

/** What happens to outbox mails in this installation. */
public enum MailDelivery {
    /** Sent through the SMTP server in {@code spring.mail.host}. */
    SMTP,
    /** Demo mode with no SMTP server: marked sent without leaving, readable in the administrator's mailbox. */
    CAPTURE,
    /** No SMTP server and not demo mode: mails wait in the outbox until an SMTP server is configured. */
    HOLD
}
