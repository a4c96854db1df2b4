package org.crossfield.marketplace;

import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for projects, used as {@code @projectAccess} in {@code @PreAuthorize}: who may see a project,
 * and who may manage it (its supervisor, a coordinator of its programme, an administrator).
 */
@Component("projectAccess")
public class ProjectAccess {

    private final JdbcTemplate jdbc;
    private final AccessRules access;

    ProjectAccess(JdbcTemplate jdbc, AccessRules access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public boolean canView(long projectId) {
        var row = jdbc.query("select status, supervisor_id, programme_id from phd_project where id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}, projectId);
        if (row.isEmpty()) {
            // unknown projects are "visible" so that the service can answer "not found" instead of "forbidden"
            return CurrentUser.get().isPresent();
        }
        Object[] p = row.getFirst();
        return "OPEN".equals(p[0]) && CurrentUser.get().isPresent() || manages((long) p[1], (long) p[2]);
    }

    public boolean canManage(long projectId) {
        var row = jdbc.query("select supervisor_id, programme_id from phd_project where id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, projectId);
        return !row.isEmpty() && manages(row.getFirst()[0], row.getFirst()[1]);
    }

    private boolean manages(long supervisorId, long programmeId) {
        return CurrentUser.get().map(u -> u.hasRole(Roles.ADMIN)
                || u.hasRole(Roles.SUPERVISOR) && u.getId() == supervisorId
                || access.coordinates(programmeId)).orElse(false);
    }
}
