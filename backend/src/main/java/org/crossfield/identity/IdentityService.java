package org.crossfield.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdentityService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;

    IdentityService(UserAccountRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
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
