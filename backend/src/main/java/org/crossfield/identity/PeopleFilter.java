package org.crossfield.identity;

/** Filters of the people list: text in name or e-mail, an organisation, a role, a status; null means any. */
public record PeopleFilter(String text, Long organisationId, String role, AccountStatus status) {

    public static final PeopleFilter ALL = new PeopleFilter(null, null, null, null);
}
