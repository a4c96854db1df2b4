package org.crossfield.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossfield.application.Postings.Posting;
import org.crossfield.identity.Roles;

/**
 * A posting's review team and its rules: members are supervisors, mentors or partner managers with an account; the
 * posting's owners review anyway and are not members; nobody is a member twice. An address without an account and one
 * whose roles cannot review get the same answer, so the owner learns nothing about who uses Crossfield.
 */
final class ReviewTeam {

    static final Set<String> REVIEWER_ROLES = Set.of(Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);

    private final Posting posting;
    private final Collection<Long> owners;
    private final Collection<Long> members;

    ReviewTeam(Posting posting, Collection<Long> owners, Collection<Long> members) {
        this.posting = posting;
        this.owners = List.copyOf(owners);
        this.members = List.copyOf(members);
    }

    /** The address as it is looked up (trimmed, lower case); refused when empty. */
    static String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidApplicationException("application.error.reviewer-email", "Write the e-mail address of the person to add.");
        }
        return address;
    }

    /**
     * The person to add, checked.
     *
     * @param candidate the enabled account with that address, {@code null} when there is none
     * @param roles     the candidate's roles
     */
    long admit(String address, Long candidate, Collection<String> roles) {
        if (candidate == null || roles.stream().noneMatch(REVIEWER_ROLES::contains)) {
            throw new InvalidApplicationException("application.error.reviewer-unknown", address + " cannot be added: reviewers are supervisors, "
                    + "mentors or partner managers with an account on Crossfield. Check the address, or ask them to be invited.", address);
        }
        if (owners.contains(candidate)) {
            throw new InvalidApplicationException("application.error.reviewer-owner", address + " owns \"" + posting.title()
                    + "\" and reviews its applications anyway.", address, posting.title());
        }
        if (members.contains(candidate)) {
            throw new InvalidApplicationException("application.error.reviewer-already", address + " is already on the review team of \""
                    + posting.title() + "\".", address, posting.title());
        }
        return candidate;
    }
}
