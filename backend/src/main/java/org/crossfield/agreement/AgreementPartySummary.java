package org.crossfield.agreement;

/**
 * A party of an agreement and their decision on the current version.
 *
 * @param decision APPROVED, REJECTED, or null while the current version waits for them (or approvals are not open)
 */
public record AgreementPartySummary(long userId, String name, String email, PartyRole role, String organisationName, String decision) {
}
