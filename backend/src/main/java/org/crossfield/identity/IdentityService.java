package org.crossfield.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdentityService {

    /** The most people a challenge's owner can name as invitees at once. */
    public static final int MAX_INVITEES = 200;

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final java.time.Duration invitationValidity;

    IdentityService(UserAccountRepository users, OrganisationRepository organisations, JdbcTemplate jdbc, Accounts accounts,
                    @org.springframework.beans.factory.annotation.Value("${crossfield.accounts.invitation-validity:7d}")
                    java.time.Duration invitationValidity) {
        this.users = users;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.invitationValidity = invitationValidity;
    }

    /**
     * The people a partner names as invitees of an invite-only challenge, by e-mail: their account ids, in the order
     * given. An address without an account gets one (a student's, waiting for the invitation to be accepted, in the
     * organisation whose e-mail domain matches) and an invitation e-mail, so that inviting works the same whether or not
     * the person is on Crossfield yet, and the answer tells the partner nothing about who is.
     *
     * @throws InvalidAccountException a malformed address, or more than {@link #MAX_INVITEES}
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).PARTNER)")
    @Transactional
    public List<Long> inviteesByEmail(java.util.Collection<String> emails) {
        java.util.LinkedHashSet<String> wanted = new java.util.LinkedHashSet<>();
        java.util.List<InvalidAccountException.Problem> problems = new java.util.ArrayList<>();
        for (String email : emails) {
            try {
                wanted.add(Accounts.normaliseEmail(email));
            } catch (InvalidAccountException e) {
                problems.addAll(e.keyedProblems());
            }
        }
        if (wanted.size() > MAX_INVITEES) {
            problems.add(new InvalidAccountException.Problem("identity.error.too-many-invitees", "At most " + MAX_INVITEES
                    + " people can be invited to one challenge.", MAX_INVITEES));
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (String email : wanted) {
            Optional<UserAccount> existing = users.findByEmailIgnoreCase(email);
            if (existing.isPresent()) {
                ids.add(existing.get().getId());
                continue;
            }
            Organisation organisation = jdbc.queryForList("select organisation_id from organisation_domain where domain = ?",
                    Long.class, Accounts.domainOf(email)).stream().findFirst().flatMap(organisations::findById).orElse(null);
            UserAccount invited = users.save(new UserAccount(email, email.substring(0, email.indexOf('@')), organisation, "en",
                    AccountStatus.INVITED, accounts.now()));
            String token = accounts.newLink(invited, AccountLink.Purpose.INVITATION, java.util.Set.of(Roles.STUDENT),
                    CurrentUser.require().getId(), invitationValidity);
            accounts.record(invited.getId(), AccountAction.INVITED, AccountDetail.INVITED_TO_CHALLENGE,
                    java.util.List.of(CurrentUser.require().getDisplayName()));
            accounts.mail(invited, "INVITATION", "invitation/" + token,
                    PeopleAdminService.invitationModel(invited, invitationValidity, accounts));
            ids.add(invited.getId());
        }
        return ids;
    }

    /** The programmes the current person coordinates; administrators see all. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<ProgrammeBrief> myProgrammes() {
        CrossfieldUser me = CurrentUser.require();
        RowMapper<ProgrammeBrief> row = (rs, i) -> new ProgrammeBrief(rs.getLong(1), rs.getString(2), rs.getString(3));
        if (me.hasRole(Roles.ADMIN)) {
            return jdbc.query("select id, code, name from programme order by code limit 1000", row);
        }
        return jdbc.query("select p.id, p.code, p.name from programme p join programme_coordinator c on c.programme_id = p.id"
                + " where c.user_id = ? order by p.code", row, me.getId());
    }

    /** Organisations whose name contains {@code text}, e.g. to declare a conflict of interest; at most 50. */
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationBrief> findOrganisations(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.query("select id, name, type, country from organisation where lower(name) like ? order by name limit 50",
                (rs, i) -> new OrganisationBrief(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4)), like);
    }

    /**
     * A person by exact e-mail address: for mentors declaring a conflict of interest with someone, and for coordinators
     * pinning a mentor in a matching round. Other roles have no need to look people up.
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).MENTOR, T(org.crossfield.identity.Roles).COORDINATOR, "
            + "T(org.crossfield.identity.Roles).ADMIN)")
    public Optional<PersonBrief> findPersonByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select u.id, u.display_name, u.email, o.name from app_user u"
                        + " left join organisation o on o.id = u.organisation_id where u.email = ? and u.enabled = true",
                (rs, i) -> new PersonBrief(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                email.strip().toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    /** Students, supervisors and mentors per country; programme-wide figures for coordinators and admins. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN, "
            + "T(org.crossfield.identity.Roles).PARTNER)")
    public List<PeopleByCountry> peopleByCountry() {
        return users.countByCountryAndRole(List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR));
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public PlatformFigures platformFigures() {
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (Object[] row : users.countByRole()) {
            byRole.put((String) row[0], (Long) row[1]);
        }
        return new PlatformFigures(organisations.count(), users.count(), byRole);
    }

    /** How many mentors the current partner's own organisation has on the platform. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).PARTNER)")
    public long mentorsInMyOrganisation() {
        CrossfieldUser me = CurrentUser.require();
        return me.getOrganisationId() == null ? 0 : users.countByRoleInOrganisation(Roles.MENTOR, me.getOrganisationId());
    }
}
