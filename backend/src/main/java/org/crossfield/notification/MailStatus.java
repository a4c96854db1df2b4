package org.crossfield.notification;

/**
 * Where an outbox mail is: waiting to be sent (again), being sent, sent, or given up on. PENDING → SENDING → SENT,
 * or back to PENDING after a failed attempt, or FAILED after too many.
 */
public enum MailStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
