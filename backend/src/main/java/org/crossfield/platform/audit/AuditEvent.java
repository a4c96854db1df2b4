package org.crossfield.platform.audit;

import java.util.List;
import java.util.Objects;

/**
 * A sensitive action for the audit log, published by the service (or screen) that did it with Spring's
 * {@code ApplicationEventPublisher}. The audit module appends it after the publishing transaction commits (at once
 * when there is none) and adds when, who and from which address from the current request.
 *
 * <p>Details never hold names or e-mail addresses: people are referred to by id ({@code subjectId}), so that an erased
 * person's entries keep only a pseudonymous number (docs/privacy.md).
 *
 * @param action          what happened, upper case with underscores, e.g. {@code POSTING_APPROVED} ({@link AuditActions})
 * @param objectType      the kind of object, e.g. {@code PROJECT}, or null
 * @param objectId        its id, or null
 * @param subjectId       the person the action is about (an applicant whose CV was downloaded), or null
 * @param outcome         how it ended
 * @param details         a short English text without personal data (logs, scripts), or null
 * @param detailKey       the key of that text's wording in the audit bundle ({@link AuditDetail#key()}), or null
 * @param detailArguments the wording's arguments as text, in order (empty without a key)
 */
public record AuditEvent(String action, String objectType, String objectId, Long subjectId, Outcome outcome,
                         String details, String detailKey, List<String> detailArguments) {

    /** How an audited action ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        detailArguments = detailArguments == null ? List.of() : List.copyOf(detailArguments);
    }

    /** A successful action on an object. */
    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : String.valueOf(objectId), null,
                Outcome.SUCCESS, null, null, List.of());
    }

    /** The same event about a person. */
    public AuditEvent about(Long personId) {
        return new AuditEvent(action, objectType, objectId, personId, outcome, details, detailKey, detailArguments);
    }

    /**
     * The same event with a short text (no personal data): {@code detail}'s wording with these arguments, kept in
     * English and as key and arguments for the screens to say in the reader's language.
     */
    public AuditEvent withDetail(AuditDetail detail, Object... arguments) {
        List<String> stored = detail.stored(arguments);
        return new AuditEvent(action, objectType, objectId, subjectId, outcome, detail.english(stored), detail.key(), stored);
    }

    /** The same event with another outcome. */
    public AuditEvent withOutcome(Outcome other) {
        return new AuditEvent(action, objectType, objectId, subjectId, other, details, detailKey, detailArguments);
    }
}
