package org.crossfield.identity;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People: administrators find anyone, change roles and organisation, disable and re-enable accounts, resend
 * invitations and see what changed on an account; administrators and coordinators approve pending people.
 */
@Service
@Transactional(readOnly = true)
public class PeopleAdminService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final AccountEventRepository events;
    private final IdentityQueries queries;
    private final Accounts accounts;
    private final Duration invitationValidity;

    PeopleAdminService(UserAccountRepository users, OrganisationRepository organisations, AccountEventRepository events,
                       IdentityQueries queries, Accounts accounts,
                       @Value("${crossfield.accounts.invitation-validity:7d}") Duration invitationValidity) {
        this.users = users;
        this.organisations = organisations;
        this.events = events;
        this.queries = queries;
        this.accounts = accounts;
        this.invitationValidity = invitationValidity;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Slice<PersonSummary> find(PeopleFilter filter, Pageable page) {
        return queries.people(filter == null ? PeopleFilter.ALL : filter, page);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public PersonSummary get(long id) {
        return queries.person(id).orElseThrow(() -> new InvalidAccountException("There is no such person."));
    }

    /** What changed on this account, newest first (at most 200 entries). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<AccountEventSummary> history(long id) {
        return events.findSummaries(id, PageRequest.of(0, 200));
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PersonSummary changeRoles(long id, Set<String> roles) {
        UserAccount user = account(id);
        Set<String> wanted = new TreeSet<>(roles == null ? Set.of() : roles);
        if (!wanted.stream().allMatch(Roles::isKnown)) {
            throw new InvalidAccountException("identity.error.role-unknown", "Unknown role: choose among "
                    + String.join(", ", Roles.ALL) + ".", String.join(", ", Roles.ALL));
        }
        if (user.getId() == CurrentUser.require().getId() && !wanted.contains(Roles.ADMIN)) {
            throw new InvalidAccountException("identity.error.own-admin-role", "You cannot take the administrator role away"
                    + " from yourself: ask another administrator.");
        }
        Set<String> before = new TreeSet<>(user.getRoles());
        if (!before.equals(wanted)) {
            user.setRoles(wanted);
            List<String> codes = List.of(String.join(",", before), String.join(",", wanted));
            accounts.record(id, AccountAction.ROLES_CHANGED, AccountDetail.ROLES_CHANGED, codes, codes);
        }
        return current(id);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PersonSummary changeOrganisation(long id, Long organisationId) {
        UserAccount user = account(id);
        Organisation organisation = organisationId == null ? null : organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidAccountException("There is no such organisation."));
        String before = user.getOrganisation() == null ? "none" : user.getOrganisation().getName();
        Long beforeId = user.getOrganisation() == null ? null : user.getOrganisation().getId();
        if (!java.util.Objects.equals(beforeId, organisationId)) {
            user.setOrganisation(organisation);
            List<String> names = List.of(beforeId == null ? "" : before, organisation == null ? "" : organisation.getName());
            accounts.record(id, AccountAction.ORGANISATION_CHANGED, AccountDetail.ORGANISATION_CHANGED, names, names);
        }
        return current(id);
    }

    /** The person cannot log in any more, and any session they have open ends at their next request. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PersonSummary disable(long id) {
        UserAccount user = account(id);
        if (user.getId() == CurrentUser.require().getId()) {
            throw new InvalidAccountException("identity.error.own-account", "You cannot disable your own account.");
        }
        if (user.isEnabled()) {
            user.disable();
            accounts.record(id, AccountAction.DISABLED, null);
        }
        return current(id);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PersonSummary enable(long id) {
        UserAccount user = account(id);
        if (!user.isEnabled()) {
            user.enable();
            accounts.record(id, AccountAction.ENABLED, null);
        }
        return current(id);
    }

    /** Sends a new invitation link (the old one stops working) to someone who has not accepted yet. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PersonSummary resendInvitation(long id) {
        UserAccount user = account(id);
        if (user.getStatus() != AccountStatus.INVITED) {
            throw new InvalidAccountException("identity.error.invitation-accepted", user.getDisplayName()
                    + " has already accepted their invitation.", user.getDisplayName());
        }
        Set<String> roles = accounts.openInvitationRoles(user.getId());
        String token = accounts.newLink(user, AccountLink.Purpose.INVITATION, roles, CurrentUser.require().getId(),
                invitationValidity);
        accounts.mail(user, "INVITATION", "invitation/" + token, invitationModel(user, invitationValidity, accounts));
        accounts.record(id, AccountAction.INVITATION_RESENT, null);
        return current(id);
    }

    /** People waiting for approval: all for administrators, those of their programmes' organisations for coordinators. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).ADMIN, T(org.crossfield.identity.Roles).COORDINATOR)")
    public Slice<PersonSummary> pending(Pageable page) {
        CrossfieldUser me = CurrentUser.require();
        return queries.pending(me.hasRole(Roles.ADMIN) ? null : me.getId(), page);
    }

    /** Approves a pending person: they get the role they asked for and can log in; they are told by e-mail. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN) or @access.mayApprove(#id)")
    @Transactional
    public PersonSummary approve(long id) {
        UserAccount user = account(id);
        if (user.getStatus() != AccountStatus.PENDING) {
            throw new InvalidAccountException("identity.error.not-waiting", user.getDisplayName() + " is not waiting for approval.",
                    user.getDisplayName());
        }
        if (Roles.ADMIN.equals(user.getRequestedRole()) || Roles.COORDINATOR.equals(user.getRequestedRole())) {
            if (!CurrentUser.require().hasRole(Roles.ADMIN)) {
                throw new org.springframework.security.access.AccessDeniedException("Only administrators grant that role");
            }
        }
        String role = user.getRequestedRole();
        user.approve();
        if (role == null) {
            accounts.record(id, AccountAction.APPROVED, null);
        } else {
            accounts.record(id, AccountAction.APPROVED, AccountDetail.ROLES, List.of(role), List.of(role));
        }
        accounts.mail(user, "APPROVED", "", Map.of());
        return current(id);
    }

    static Map<String, Object> invitationModel(UserAccount user, Duration validity, Accounts accounts) {
        Map<String, Object> model = new LinkedHashMap<>();
        CurrentUser.get().ifPresent(me -> model.put("inviterName", me.getDisplayName()));
        if (user.getOrganisation() != null) {
            model.put("organisationName", user.getOrganisation().getName());
        }
        model.put("expires", DateTimeFormatter.ISO_LOCAL_DATE.format(accounts.now().plus(validity).atZone(ZoneOffset.UTC)));
        return model;
    }

    /**
     * The person as saved by the change just made: the change is flushed first, because the look-up reads with SQL and
     * would otherwise return the account as it was before.
     */
    private PersonSummary current(long id) {
        users.flush();
        return queries.person(id).orElseThrow(() -> new InvalidAccountException("There is no such person."));
    }

    private UserAccount account(long id) {
        return users.findById(id).orElseThrow(() -> new InvalidAccountException("There is no such person."));
    }
}
