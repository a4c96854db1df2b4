package org.crossfield.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules used from {@code @PreAuthorize} expressions, e.g. {@code @access.isSelf(#personId)}.
 * Each answers for the person currently logged in.
 */
@Component("access")
public class AccessRules {

    private final JdbcTemplate jdbc;

    AccessRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current person is a coordinator of programme {@code programmeId}. */
    public boolean coordinates(Long programmeId) {
        if (programmeId == null) {
            return false;
        }
        return CurrentUser.get().filter(u -> u.hasRole(Roles.COORDINATOR)).map(u -> {
            Integer n = jdbc.queryForObject("select count(*) from programme_coordinator where programme_id = ? and user_id = ?",
                    Integer.class, programmeId, u.getId());
            return n != null && n > 0;
        }).orElse(false);
    }

    /** The current person is {@code personId}. */
    public boolean isSelf(Long personId) {
        return personId != null && CurrentUser.get().map(u -> u.getId() == personId).orElse(false);
    }

    /** The current person is {@code personId}, or holds one of the roles that may look at other people's profiles. */
    public boolean isSelfOrCanViewProfiles(Long personId) {
        return isSelf(personId) || CurrentUser.get()
                .map(u -> u.hasRole(Roles.ADMIN) || u.hasRole(Roles.COORDINATOR) || u.hasRole(Roles.SUPERVISOR))
                .orElse(false);
    }

    /** The current person coordinates a programme in which the pending person's organisation takes part. */
    public boolean mayApprove(Long personId) {
        if (personId == null) {
            return false;
        }
        return CurrentUser.get().filter(u -> u.hasRole(Roles.COORDINATOR)).map(u -> {
            Integer n = jdbc.queryForObject("select count(*) from app_user p join programme_organisation po"
                    + " on po.organisation_id = p.organisation_id join programme_coordinator pc on pc.programme_id = po.programme_id"
                    + " where p.id = ? and pc.user_id = ?", Integer.class, personId, u.getId());
            return n != null && n > 0;
        }).orElse(false);
    }
}
