package org.crossfield.identity;

/**
 * An account changed (published inside the changing transaction, after the change is recorded in the account's
 * history); the audit log records it.
 *
 * @param userId  the account
 * @param actorId who changed it, null for the command line or the person signing up
 * @param action  what changed
 * @param detail  the history's text (may name people or organisations: listeners that keep it must know why)
 */
public record AccountChangedEvent(long userId, Long actorId, AccountAction action, String detail) {
}
