package org.crossfield.application;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The postings one can apply to, seen the same way whatever their type. Only PhD projects exist so far; challenges
 * add a branch here. Read straight from the posting's table because access rules must see postings the current
 * person could not list (a closed project they applied to).
 */
@Component
class Postings {

    record Posting(PostingType type, long id, String title, long ownerId, long programmeId, boolean open) {
    }

    private final JdbcTemplate jdbc;

    Postings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Posting> find(PostingType type, long id) {
        if (type != PostingType.PROJECT) {
            return Optional.empty();
        }
        List<Posting> rows = jdbc.query("select id, title, supervisor_id, programme_id, status from phd_project where id = ?",
                (rs, i) -> new Posting(PostingType.PROJECT, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        "OPEN".equals(rs.getString(5))), id);
        return rows.stream().findFirst();
    }

    /** The posting a question belongs to. */
    Optional<Posting> ofQuestion(long questionId) {
        List<Object[]> rows = jdbc.query("select posting_type, posting_id from posting_question where id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}, questionId);
        return rows.stream().findFirst().flatMap(r -> find(PostingType.valueOf((String) r[0]), (long) r[1]));
    }
}
