package org.crossfield.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code erasure_request} table (package-private: the services check who may do what). */
@Component
class ErasureRequests {

    private static final String SELECT = """
            select r.id, r.user_id, u.display_name, u.email, r.status, r.requested_at, r.decided_at, r.decision_note
            from erasure_request r join pub_app_user u on u.id = r.user_id""";

    private final JdbcTemplate jdbc;

    ErasureRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ErasureRequestSummary> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", ErasureRequests::row, id).stream().findFirst();
    }

    List<ErasureRequestSummary> of(long personId) {
        return jdbc.query(SELECT + " where r.user_id = ? order by r.id limit 100", ErasureRequests::row, personId);
    }

    Optional<ErasureRequestSummary> openOf(long personId) {
        return jdbc.query(SELECT + " where r.user_id = ? and r.status = 'REQUESTED' order by r.id limit 1", ErasureRequests::row,
                personId).stream().findFirst();
    }

    List<ErasureRequestSummary> list(ErasureStatus status, int limit) {
        return jdbc.query(SELECT + " where r.status = ? order by r.requested_at, r.id limit ?", ErasureRequests::row,
                status.name(), limit);
    }

    long insert(long personId, Instant at) {
        jdbc.update("insert into erasure_request (user_id, status, requested_at) values (?, 'REQUESTED', ?)", personId, Timestamp.from(at));
        Long id = jdbc.queryForObject("select max(id) from erasure_request where user_id = ?", Long.class, personId);
        return id == null ? 0 : id;
    }

    /** Moves an open request on; false when it was not open any more (someone else decided first). */
    boolean decide(long id, ErasureStatus status, Long by, Instant at, String outcome) {
        return jdbc.update("""
                update erasure_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1
                where id = ? and status = 'REQUESTED'""", status.name(), by, Timestamp.from(at), outcome, id) == 1;
    }

    private static ErasureRequestSummary row(ResultSet rs, int i) throws SQLException {
        return new ErasureRequestSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ErasureStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8));
    }
}
