package org.crossfield.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Declared conflicts of interest that concern projects: with the project's organisation or its supervisor. */
@Component
class ProjectConflicts {

    record Conflict(long projectId, long mentorId, String reason, String target) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ProjectConflicts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Conflict> forProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.id, c.mentor_id, c.reason, coalesce(o.name, u.display_name)
                from pub_phd_project p
                join mentor_conflict c on c.organisation_id = p.organisation_id or c.person_id = p.supervisor_id
                left join pub_organisation o on o.id = c.organisation_id
                left join pub_app_user u on u.id = c.person_id
                where p.id in (:ids)""", new MapSqlParameterSource("ids", projectIds),
                (rs, i) -> new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    /** Mentor ids in conflict, per project. */
    Map<Long, Set<Long>> mentorsByProject(Collection<Long> projectIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        forProjects(projectIds).forEach(c -> out.computeIfAbsent(c.projectId(), p -> new HashSet<>()).add(c.mentorId()));
        return out;
    }

    /** Projects (of the given ones) that {@code mentorId} declared a conflict with. */
    Set<Long> projectsInConflictWith(long mentorId) {
        return new HashSet<>(jdbc.queryForList("""
                select p.id from pub_phd_project p join mentor_conflict c
                  on (c.organisation_id = p.organisation_id or c.person_id = p.supervisor_id)
                where c.mentor_id = :m and p.status = 'OPEN'""", new MapSqlParameterSource("m", mentorId), Long.class));
    }
}
