package org.crossfield.notification;

/**
 * What one run of the outbox sender did: mails sent through SMTP, captured (demo mode), put back for another attempt,
 * given up on, and taken back from a sender that stopped while sending.
 */
public record SendReport(int sent, int captured, int retrying, int failed, int recovered) {

    static final SendReport NOTHING = new SendReport(0, 0, 0, 0, 0);

    SendReport plus(SendReport other) {
        return new SendReport(sent + other.sent, captured + other.captured, retrying + other.retrying,
                failed + other.failed, recovered + other.recovered);
    }

    /** Mails that left the outbox as sent (through SMTP or captured). */
    public int delivered() {
        return sent + captured;
    }
}
