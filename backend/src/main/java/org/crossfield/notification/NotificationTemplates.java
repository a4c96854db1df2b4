package org.crossfield.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mail templates Crossfield ships (module {@code email-templates}, folder {@code email-templates/<name>/}) and the
 * model each one needs. Callers of {@link NotificationService#notify(NotifyCmd)} use these names.
 */
public final class NotificationTemplates {

    /** Any message. Model: {@code title}, {@code message} (both text). */
    public static final String GENERIC = "generic";

    /**
     * A mentoring match was proposed. Model: {@code projectTitle}, {@code mentorName}; optional {@code roundName}.
     */
    public static final String MATCH_PROPOSED = "match-proposed";

    /**
     * A mentoring match was accepted or declined. Model: {@code projectTitle}, {@code mentorName}, {@code accepted}
     * (a {@link Boolean}); optional {@code decidedBy}, {@code reason}.
     */
    public static final String MATCH_DECIDED = "match-decided";

    /**
     * An application changed status. Model: {@code event} (SUBMITTED, WITHDRAWN, OFFER_ACCEPTED, OFFER_DECLINED — told to
     * the posting's owner; UNDER_REVIEW, SHORTLISTED, OFFERED, REJECTED — told to the student), {@code postingTitle},
     * {@code studentName}; optional {@code reason} (a rejection reason code) and {@code reasonText}.
     */
    public static final String APPLICATION_UPDATE = "application-update";

    /**
     * A new posting matches a saved search. Model: {@code searchName}, {@code postingKind} (CHALLENGE or PROJECT),
     * {@code postingTitle}, {@code organisationName}.
     */
    public static final String SAVED_SEARCH_ALERT = "saved-search-alert";

    /**
     * Something happened to an agreement the recipient is party to. Model: {@code event} (STARTED, PROPOSED,
     * APPROVALS_REQUESTED, REJECTED, SIGNED, REMINDER), {@code agreementTitle}; optional {@code actorName},
     * {@code versionNo} (text), {@code reason}.
     */
    public static final String AGREEMENT_UPDATE = "agreement-update";

    /**
     * A publication review under an agreement. Model: {@code event} (REQUESTED, CONSENTED, OBJECTED, DELAYED,
     * CONSENTED_BY_SILENCE, REMINDER), {@code agreementTitle}, {@code manuscriptTitle}; optional {@code actorName},
     * {@code deadline} (text; after a delay the date publication is held until), {@code delayDays} (text, DELAYED),
     * {@code reason}.
     */
    public static final String PUBLICATION_REVIEW = "publication-review";

    /**
     * A reporting window asks a collaboration's parties to record and confirm their outcomes. Model: {@code event}
     * (OPENED when the coordinator opens the window, REMINDER before its due date), {@code windowTitle},
     * {@code collaborationTitle}, {@code dueDate} (ISO date, text); optional {@code daysLeft} (text).
     */
    public static final String REPORTING_REMINDER = "reporting-reminder";

    /**
     * A coordinator approved or sent back a posting, or a challenge closed at its deadline; told to its owner. Model:
     * {@code event} (APPROVED, SENT_BACK, CLOSED), {@code postingKind} (CHALLENGE or PROJECT), {@code postingTitle};
     * optional {@code comment} (the coordinator's, when sent back), {@code deadline} (text, when closed).
     */
    public static final String POSTING_UPDATE = "posting-update";

    /**
     * An account mail, sent by identity through {@code AccountMailRequested} (e-mail only). Model: {@code event}
     * (INVITATION, PASSWORD_RESET, CONFIRM_ADDRESS, APPROVED); optional {@code inviterName}, {@code organisationName},
     * {@code expires} (text: a date for invitations, minutes for resets).
     */
    public static final String ACCOUNT = "account";

    /** Model keys Crossfield fills in itself; a caller's model must not use them. */
    static final Set<String> RESERVED_KEYS = Set.of("recipientName", "link", "lang", "subject");

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry(GENERIC, new Spec(Map.of("title", String.class, "message", String.class), Set.of())),
            Map.entry(MATCH_PROPOSED, new Spec(Map.of("projectTitle", String.class, "mentorName", String.class), Set.of("roundName"))),
            Map.entry(MATCH_DECIDED, new Spec(Map.of("projectTitle", String.class, "mentorName", String.class, "accepted", Boolean.class),
                    Set.of("decidedBy", "reason"))),
            Map.entry(APPLICATION_UPDATE, new Spec(Map.of("event", String.class, "postingTitle", String.class, "studentName", String.class),
                    Set.of("reason", "reasonText"))),
            Map.entry(SAVED_SEARCH_ALERT, new Spec(Map.of("searchName", String.class, "postingKind", String.class,
                    "postingTitle", String.class, "organisationName", String.class), Set.of())),
            Map.entry(AGREEMENT_UPDATE, new Spec(Map.of("event", String.class, "agreementTitle", String.class),
                    Set.of("actorName", "versionNo", "reason"))),
            Map.entry(PUBLICATION_REVIEW, new Spec(Map.of("event", String.class, "agreementTitle", String.class, "manuscriptTitle", String.class),
                    Set.of("actorName", "deadline", "delayDays", "reason"))),
            Map.entry(REPORTING_REMINDER, new Spec(Map.of("event", String.class, "windowTitle", String.class,
                    "collaborationTitle", String.class, "dueDate", String.class), Set.of("daysLeft"))),
            Map.entry(POSTING_UPDATE, new Spec(Map.of("event", String.class, "postingKind", String.class,
                    "postingTitle", String.class), Set.of("comment", "deadline"))),
            Map.entry(ACCOUNT, new Spec(Map.of("event", String.class), Set.of("inviterName", "organisationName", "expires"))));

    private NotificationTemplates() {
    }

    /** Every template name, sorted. */
    public static Set<String> names() {
        return new TreeSet<>(SPECS.keySet());
    }

    /** What is wrong with this model for this template, as sentences; empty when it can be rendered. */
    static List<String> problems(String template, Map<String, Object> model) {
        Spec spec = SPECS.get(template);
        if (spec == null) {
            return List.of("Unknown e-mail template \"" + template + "\"; the templates are " + String.join(", ", names()) + ".");
        }
        List<String> problems = new ArrayList<>();
        spec.required().forEach((key, type) -> {
            Object value = model.get(key);
            if (value == null || value instanceof String s && s.isBlank()) {
                problems.add("The template \"" + template + "\" needs a value for \"" + key + "\".");
            } else if (!type.isInstance(value)) {
                problems.add("The template \"" + template + "\" needs \"" + key + "\" as " + type.getSimpleName()
                        + ", not " + value.getClass().getSimpleName() + ".");
            }
        });
        for (String key : new TreeSet<>(model.keySet())) {
            if (RESERVED_KEYS.contains(key)) {
                problems.add("\"" + key + "\" is filled in by Crossfield and cannot be part of the model.");
            } else if (!spec.required().containsKey(key) && !spec.optional().contains(key)) {
                problems.add("The template \"" + template + "\" has no use for \"" + key + "\".");
            }
        }
        return problems;
    }

    private record Spec(Map<String, Class<?>> required, Set<String> optional) {
    }
}
