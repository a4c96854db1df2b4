package org.crossfield.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading collaborations and ending them. Collaborations are started by {@link CollaborationStarter} when an offer or
 * a mentoring match is accepted, never by hand.
 */
@Service
@Transactional(readOnly = true)
public class CollaborationService {

    static final int LIST_LIMIT = 500;

    private static final String SUMMARY_SELECT = """
            select c.id, c.title, c.programme_id, p.name as programme_name, c.origin, c.status,
                   s.display_name as student_name, v.display_name as supervisor_name, m.display_name as mentor_name,
                   po.name as partner_name, c.started_at
            from collaboration c
            join pub_programme p on p.id = c.programme_id
            left join pub_app_user s on s.id = c.student_id
            left join pub_app_user v on v.id = c.supervisor_id
            left join pub_app_user m on m.id = c.mentor_id
            left join pub_organisation po on po.id = c.partner_organisation_id
            """;

    private final CollaborationRepository collaborations;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CollaborationService(CollaborationRepository collaborations, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.collaborations = collaborations;
        this.jdbc = jdbc;
    }

    /** The collaborations the current person takes part in (as student, supervisor, mentor or partner manager). */
    @PreAuthorize("isAuthenticated()")
    public List<CollaborationSummary> myCollaborations() {
        CrossfieldUser me = CurrentUser.require();
        long partnerOrganisation = me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null ? me.getOrganisationId() : -1;
        // One indexed branch per party column: an OR over four columns would scan the table.
        return jdbc.query("select * from (" + SUMMARY_SELECT + " where c.student_id = ? union " + SUMMARY_SELECT
                        + " where c.supervisor_id = ? union " + SUMMARY_SELECT + " where c.mentor_id = ? union " + SUMMARY_SELECT
                        + " where c.partner_organisation_id = ?) mine order by started_at desc, id desc limit " + LIST_LIMIT,
                CollaborationService::summary, me.getId(), me.getId(), me.getId(), partnerOrganisation);
    }

    /** The collaborations of a programme, newest first, a page at a time. */
    @PreAuthorize("@access.coordinates(#programmeId)")
    public Slice<CollaborationSummary> programmeCollaborations(long programmeId, Pageable page) {
        int size = Math.min(page.getPageSize(), LIST_LIMIT);
        List<CollaborationSummary> rows = jdbc.query(SUMMARY_SELECT + """
                 where c.programme_id = ? order by c.started_at desc, c.id desc limit ? offset ?""",
                CollaborationService::summary, programmeId, size + 1, page.getOffset());
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows, page, more);
    }

    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public CollaborationDetails collaboration(long collaborationId) {
        List<CollaborationDetails> found = jdbc.query("""
                select c.id, c.title, c.programme_id, p.code, p.name, c.origin, c.status, c.application_id, c.proposal_id,
                       c.project_id, c.challenge_id,
                       s.id, s.display_name, s.email, v.id, v.display_name, v.email, m.id, m.display_name, m.email,
                       po.id, po.name, po.country, ao.id, ao.name, ao.country, c.started_at, c.ended_at, c.version
                from collaboration c
                join pub_programme p on p.id = c.programme_id
                left join pub_app_user s on s.id = c.student_id
                left join pub_app_user v on v.id = c.supervisor_id
                left join pub_app_user m on m.id = c.mentor_id
                left join pub_organisation po on po.id = c.partner_organisation_id
                left join pub_organisation ao on ao.id = c.academic_organisation_id
                where c.id = ?""", (rs, i) -> new CollaborationDetails(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), CollaborationOrigin.valueOf(rs.getString(6)),
                CollaborationStatus.valueOf(rs.getString(7)), nullableLong(rs, 8), nullableLong(rs, 9),
                nullableLong(rs, 10), nullableLong(rs, 11), party(rs, 12), party(rs, 15), party(rs, 18),
                organisation(rs, 21), organisation(rs, 24), rs.getTimestamp(27).toInstant(), instant(rs.getTimestamp(28)),
                rs.getLong(29)), collaborationId);
        if (found.isEmpty()) {
            throw new CollaborationNotFoundException(collaborationId);
        }
        return found.getFirst();
    }

    /** The collaboration ended as planned. */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId) or @collaborationAccess.coordinates(#collaborationId)")
    @Transactional
    public CollaborationDetails complete(long collaborationId) {
        load(collaborationId).complete(clock.instant());
        collaborations.flush();
        return collaboration(collaborationId);
    }

    /** The collaboration stopped early. */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId) or @collaborationAccess.coordinates(#collaborationId)")
    @Transactional
    public CollaborationDetails cancel(long collaborationId) {
        load(collaborationId).cancel(clock.instant());
        collaborations.flush();
        return collaboration(collaborationId);
    }

    private Collaboration load(long collaborationId) {
        return collaborations.findById(collaborationId).orElseThrow(() -> new CollaborationNotFoundException(collaborationId));
    }

    private static CollaborationSummary summary(ResultSet rs, int row) throws SQLException {
        return new CollaborationSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("programme_id"),
                rs.getString("programme_name"), CollaborationOrigin.valueOf(rs.getString("origin")),
                CollaborationStatus.valueOf(rs.getString("status")), rs.getString("student_name"),
                rs.getString("supervisor_name"), rs.getString("mentor_name"), rs.getString("partner_name"),
                rs.getTimestamp("started_at").toInstant());
    }

    private static CollaborationDetails.Party party(ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new CollaborationDetails.Party(id, rs.getString(column + 1), rs.getString(column + 2));
    }

    private static CollaborationDetails.Organisation organisation(ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : new CollaborationDetails.Organisation(id, rs.getString(column + 1), rs.getString(column + 2));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
