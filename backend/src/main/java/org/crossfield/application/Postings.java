package org.crossfield.application;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The postings one can apply to (PhD projects and challenges), seen the same way whatever their type. Read straight
 * from the posting's table because access rules must see postings the current person could not list (a closed
 * project they applied to).
 */
@Component
class Postings {

    /**
     * A posting. {@code ownerId} is the project's supervisor or the challenge's author; {@code organisationId} is the
     * challenge's partner organisation (whose managers own it) and {@code null} for projects.
     */
    record Posting(PostingType type, long id, String title, long ownerId, Long organisationId, long programmeId, boolean open,
                   boolean inviteOnly) {
    }

    private final JdbcTemplate jdbc;

    Postings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Posting> find(PostingType type, long id) {
        if (type == null) {
            return Optional.empty();
        }
        List<Posting> rows = switch (type) {
            case PROJECT -> jdbc.query("select id, title, supervisor_id, programme_id, status from pub_phd_project where id = ?",
                    (rs, i) -> new Posting(PostingType.PROJECT, rs.getLong(1), rs.getString(2), rs.getLong(3), null, rs.getLong(4),
                            "OPEN".equals(rs.getString(5)), false), id);
            case CHALLENGE -> jdbc.query("""
                    select id, title, created_by, organisation_id, programme_id, status, visibility from pub_challenge where id = ?""",
                    (rs, i) -> new Posting(PostingType.CHALLENGE, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), "OPEN".equals(rs.getString(6)), "INVITE_ONLY".equals(rs.getString(7))), id);
        };
        return rows.stream().findFirst();
    }

    /**
     * The people who own a posting and decide on its applications: the project's supervisor, or every partner manager
     * (role PARTNER) of the challenge's organisation.
     */
    List<Long> owners(Posting posting) {
        if (posting.type() == PostingType.PROJECT) {
            return List.of(posting.ownerId());
        }
        return jdbc.queryForList("""
                select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id = ? and u.enabled order by u.id limit 200""", Long.class, posting.organisationId());
    }

    /** The posting's review team (not its owners). */
    List<Long> reviewers(Posting posting) {
        return jdbc.queryForList("select user_id from posting_reviewer where posting_type = ? and posting_id = ? order by user_id limit 200",
                Long.class, posting.type().name(), posting.id());
    }

    boolean isReviewer(Posting posting, long userId) {
        Integer n = jdbc.queryForObject("select count(*) from posting_reviewer where posting_type = ? and posting_id = ? and user_id = ?",
                Integer.class, posting.type().name(), posting.id(), userId);
        return n != null && n > 0;
    }

    boolean isInvited(Posting posting, long userId) {
        Integer n = jdbc.queryForObject("select count(*) from pub_challenge_invitee where challenge_id = ? and user_id = ?",
                Integer.class, posting.id(), userId);
        return n != null && n > 0;
    }

    /** The posting a question belongs to. */
    Optional<Posting> ofQuestion(long questionId) {
        List<Object[]> rows = jdbc.query("select posting_type, posting_id from posting_question where id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}, questionId);
        return rows.stream().findFirst().flatMap(r -> find(PostingType.valueOf((String) r[0]), (long) r[1]));
    }
}
