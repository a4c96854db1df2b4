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

    /**
     * The current person is {@code personId}; or an administrator or coordinator; or a supervisor to whose PhD projects
     * the person is related: they applied to one (beyond a draft), were proposed for one as a mentor in a matching
     * round, or work on one in a collaboration. Any other supervisor is refused (a supervisor's role alone no longer
     * opens every profile). Reads the other features' published read models only. The rule on competency profiles
     * ({@code competency.ProfileAccess}) adds the people who review one of the person's applications.
     */
    public boolean isSelfOrCanViewProfiles(Long personId) {
        if (personId == null) {
            return false;
        }
        if (isSelf(personId)) {
            return true;
        }
        return CurrentUser.get().map(u -> {
            if (u.hasRole(Roles.ADMIN) || u.hasRole(Roles.COORDINATOR)) {
                return true;
            }
            return u.hasRole(Roles.SUPERVISOR) && supervisesSomeoneRelated(u.getId(), personId);
        }).orElse(false);
    }

    private boolean supervisesSomeoneRelated(long supervisorId, long personId) {
        Integer n = jdbc.queryForObject("""
                select count(*) from pub_phd_project p where p.supervisor_id = ? and (
                  exists (select 1 from pub_application a where a.posting_type = 'PROJECT' and a.posting_id = p.id
                          and a.student_id = ? and a.status <> 'DRAFT')
                  or exists (select 1 from pub_round_proposal r where r.project_id = p.id and r.mentor_id = ?)
                  or exists (select 1 from pub_collaboration c where c.project_id = p.id
                             and (c.student_id = ? or c.mentor_id = ?)))""",
                Integer.class, supervisorId, personId, personId, personId, personId);
        return n != null && n > 0;
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
