package org.crossfield.reporting;

import java.util.Collection;
import java.util.Optional;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for reports, used as {@code @reportAccess} in {@code @PreAuthorize}: administrators may report on
 * any programme; a coordinator only on programmes they coordinate, every one of them when a report spans several.
 */
@Component("reportAccess")
public class ReportAccess {

    private final AccessRules access;
    private final JdbcTemplate jdbc;

    ReportAccess(AccessRules access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The current person may see a report over all of {@code programmeIds}. */
    public boolean canReport(Collection<Long> programmeIds) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        if (me.isEmpty() || programmeIds == null) {
            return false;
        }
        if (me.get().hasRole(Roles.ADMIN)) {
            return true;
        }
        return me.get().hasRole(Roles.COORDINATOR) && programmeIds.stream().allMatch(access::coordinates);
    }

    /** The current person may set targets and enter measured figures for the programme. */
    public boolean canManage(Long programmeId) {
        return programmeId != null && CurrentUser.get().map(u -> u.hasRole(Roles.ADMIN)).orElse(false)
                || access.coordinates(programmeId);
    }

    public boolean canManageTarget(long targetId) {
        return jdbc.queryForList("select programme_id from kpi_target where id = ?", Long.class, targetId).stream()
                .findFirst().map(this::canManage).orElse(false);
    }

    public boolean canManageMeasurement(long measurementId) {
        return jdbc.queryForList("select programme_id from kpi_measurement where id = ?", Long.class, measurementId).stream()
                .findFirst().map(this::canManage).orElse(false);
    }
}
