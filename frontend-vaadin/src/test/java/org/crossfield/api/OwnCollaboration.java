package org.crossfield.api;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An active collaboration of one student and nobody else, made for the calling test. The API and calendar tests used
 * to take the demo student's first collaboration: other tests may end it, record on it or change its parties, and its
 * partner organisation is the demo partner's, so the demo partner was no outsider to it. A collaboration of our own
 * has exactly the parties the test names. (Collaborations start from an accepted offer or match; that path has its own
 * tests, and these only need one to exist.)
 */
final class OwnCollaboration {

    private OwnCollaboration() {
    }

    /** A new ACTIVE collaboration in the first programme whose only party is {@code studentEmail}; its id. */
    static long of(JdbcTemplate jdbc, String studentEmail, String title) {
        long student = jdbc.queryForObject("select id from app_user where email = ?", Long.class, studentEmail);
        Long academic = jdbc.queryForObject("select organisation_id from app_user where id = ?", Long.class, student);
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, student_id, academic_organisation_id, status, started_at,
                  demo, version) values (?, ?, 'OFFER', ?, ?, 'ACTIVE', ?, false, 0)""",
                programme, title, student, academic, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from collaboration where title = ? and student_id = ?", Long.class, title, student);
    }
}
