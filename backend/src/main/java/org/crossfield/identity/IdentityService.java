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

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final JdbcTemplate jdbc;

    IdentityService(UserAccountRepository users, OrganisationRepository organisations, JdbcTemplate jdbc) {
        this.users = users;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** The programmes the current person coordinates; administrators see all. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<ProgrammeView> myProgrammes() {
        CrossfieldUser me = CurrentUser.require();
        RowMapper<ProgrammeView> row = (rs, i) -> new ProgrammeView(rs.getLong(1), rs.getString(2), rs.getString(3));
        if (me.hasRole(Roles.ADMIN)) {
            return jdbc.query("select id, code, name from programme order by code limit 1000", row);
        }
        return jdbc.query("select p.id, p.code, p.name from programme p join programme_coordinator c on c.programme_id = p.id"
                + " where c.user_id = ? order by p.code", row, me.getId());
    }

    /** Organisations whose name contains {@code text}, e.g. to declare a conflict of interest; at most 50. */
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationView> findOrganisations(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.query("select id, name, type, country from organisation where lower(name) like ? order by name limit 50",
                (rs, i) -> new OrganisationView(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4)), like);
    }

    /**
     * A person by exact e-mail address: for mentors declaring a conflict of interest with someone, and for coordinators
     * pinning a mentor in a matching round. Other roles have no need to look people up.
     */
    @PreAuthorize("hasAnyRole('MENTOR','COORDINATOR','ADMIN')")
    public Optional<PersonView> findPersonByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select u.id, u.display_name, u.email, o.name from app_user u"
                        + " left join organisation o on o.id = u.organisation_id where u.email = ? and u.enabled = true",
                (rs, i) -> new PersonView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                email.strip().toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    /** Students, supervisors and mentors per country; programme-wide figures for coordinators and admins. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','PARTNER')")
    public List<PeopleByCountry> peopleByCountry() {
        return users.countByCountryAndRole(List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PlatformFigures platformFigures() {
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (Object[] row : users.countByRole()) {
            byRole.put((String) row[0], (Long) row[1]);
        }
        return new PlatformFigures(organisations.count(), users.count(), byRole);
    }

    /** How many mentors the current partner's own organisation has on the platform. */
    @PreAuthorize("hasRole('PARTNER')")
    public long mentorsInMyOrganisation() {
        CrossfieldUser me = CurrentUser.require();
        return me.getOrganisationId() == null ? 0 : users.countByRoleInOrganisation(Roles.MENTOR, me.getOrganisationId());
    }
}
