package org.crossfield.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-model queries for project lists: plain SQL joining the people and organisations they name, bounded and paged. */
@Component
class ProjectQueries {

    private static final String SUMMARY = """
            select p.id, p.title, p.programme_id, pr.name as programme_name, p.organisation_id, o.name as organisation_name,
                   o.country, p.supervisor_id, u.display_name, p.mentor_slots, p.status, p.published_at
            from phd_project p
            join pub_programme pr on pr.id = p.programme_id
            join pub_organisation o on o.id = p.organisation_id
            join pub_app_user u on u.id = p.supervisor_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ProjectQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectSummary> summary(long id) {
        return jdbc.query(SUMMARY + " where p.id = :id", new MapSqlParameterSource("id", id), ProjectQueries::map)
                .stream().findFirst();
    }

    /** The given projects that the viewer may see: open ones, their own, their programmes' (coordinators), or all (admins). */
    List<ProjectSummary> summaries(Collection<Long> ids, long viewerId, boolean admin) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SUMMARY + " where p.id in (:ids) and " + VISIBLE + " order by p.id",
                new MapSqlParameterSource("ids", ids).addValue("me", viewerId).addValue("admin", admin), ProjectQueries::map);
    }

    private static final String VISIBLE = "(p.status = 'OPEN' or :admin or p.supervisor_id = :me"
            + " or p.programme_id in (select c.programme_id from pub_programme_coordinator c where c.user_id = :me))";

    Slice<ProjectSummary> open(Long programmeId, String text, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("programmeId", programmeId)
                .addValue("text", text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%")
                .addValue("limit", pageable.getPageSize() + 1)
                .addValue("offset", pageable.getOffset());
        List<ProjectSummary> rows = new ArrayList<>(jdbc.query(SUMMARY + """
                 where p.status = 'OPEN'
                   and (:programmeId is null or p.programme_id = :programmeId)
                   and (:text is null or lower(p.title) like :text)
                 order by p.published_at desc, p.id desc
                 limit :limit offset :offset""", params, ProjectQueries::map));
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    List<ProjectSummary> bySupervisor(long supervisorId) {
        return jdbc.query(SUMMARY + " where p.supervisor_id = :s order by p.id desc limit 500",
                new MapSqlParameterSource("s", supervisorId), ProjectQueries::map);
    }

    List<ProjectSummary> openInProgramme(long programmeId, int limit) {
        return jdbc.query(SUMMARY + " where p.programme_id = :p and p.status = 'OPEN' order by p.id limit :limit",
                new MapSqlParameterSource("p", programmeId).addValue("limit", limit), ProjectQueries::map);
    }

    private static ProjectSummary map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ProjectSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("programme_id"),
                rs.getString("programme_name"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("country"), rs.getLong("supervisor_id"), rs.getString("display_name"),
                rs.getInt("mentor_slots"), ProjectStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant());
    }
}
