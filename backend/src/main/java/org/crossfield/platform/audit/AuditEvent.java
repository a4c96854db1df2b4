package org.crossfield.platform.audit;

import java.util.Objects;

/**
 * A sensitive action for the audit log, published by the service (or screen) that did it with Spring's
 * {@code ApplicationEventPublisher}. The audit module appends it after the publishing transaction commits (at once
 * when there is none) and adds when, who and from which address from the current request.
 *
 * <p>Details never hold names or e-mail addresses: people are referred to by id ({@code subjectId}), so that an erased
 * person's entries keep only a pseudonymous number (docs/privacy.md).
 *
 * @param action     what happened, upper case with underscores, e.g. {@code POSTING_APPROVED} ({@link AuditActions})
 * @param objectType the kind of object, e.g. {@code PROJECT}, or null
 * @param objectId   its id, or null
 * @param subjectId  the person the action is about (an applicant whose CV was downloaded), or null
 * @param outcome    how it ended
 * @param details    a short free text without personal data, or null
 */
public record AuditEvent(String action, String objectType, String objectId, Long subjectId, Outcome outcome,
                         String details) {

    /** How an audited action ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A successful action on an object. */
    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : String.valueOf(objectId), null,
                Outcome.SUCCESS, null);
    }

    /** The same event about a person. */
    public AuditEvent about(Long personId) {
        return new AuditEvent(action, objectType, objectId, personId, outcome, details);
    }

    /** The same event with a short text (no personal data). */
    public AuditEvent withDetails(String text) {
        return new AuditEvent(action, objectType, objectId, subjectId, outcome, text);
    }

    /** The same event with another outcome. */
    public AuditEvent withOutcome(Outcome other) {
        return new AuditEvent(action, objectType, objectId, subjectId, other, details);
    }
}
