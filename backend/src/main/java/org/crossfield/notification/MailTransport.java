package org.crossfield.notification;

/** How a sent mail left: through the SMTP server, or captured in the outbox (demo mode without an SMTP server). */
public enum MailTransport {
    SMTP,
    CAPTURED
}
