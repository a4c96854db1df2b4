package org.crossfield.identity;

import java.util.List;

/**
 * An account changed (published inside the changing transaction, after the change is recorded in the account's
 * history); the audit log records it.
 *
 * @param userId  the account
 * @param actorId who changed it, null for the command line or the person signing up
 * @param action  what changed
 * @param detail  the history's text (may name people or organisations: listeners that keep it must know why)
 * @param facts   the detail's facts, for listeners that word it in a reader's language: for {@code ROLES_CHANGED} the
 *                role codes before and after (each joined by commas, empty for none) and {@link #PROGRAMME} when the
 *                role came with naming the person a programme's coordinator, for {@code ORGANISATION_CHANGED}
 *                the organisation's name before and after (empty for none), for {@code APPROVED} the role code granted; empty when the
 *                detail has no such facts
 */
public record AccountChangedEvent(long userId, Long actorId, AccountAction action, String detail, List<String> facts) {

    /** The third fact of a role change that came with naming the person a programme's coordinator. */
    public static final String PROGRAMME = "PROGRAMME";

    public AccountChangedEvent {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
