package org.crossfield.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The postings one can apply to (PhD projects and challenges), seen the same way whatever their type. Read straight
 * from the posting's published read model because access rules must see postings the current person could not list (a
 * closed project they applied to).
 *
 * <p>This is the one route by which the application module reads the posting an application refers to: {@link #JOIN}
 * brings the posting next to any rows that carry {@code posting_type} and {@code posting_id} under the alias {@code a},
 * and both the lists (which filter and sort on the posting, see {@link ApplicationRecords#SUMMARY_SELECT}) and the
 * single reads ({@link #find}) go through it, so that a project and a challenge are told apart in one place.
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

    /**
     * A person as the lists of postings and applications to review see them: the supervisor whose projects they own
     * and the partner organisation whose challenges they own ({@code -1} where they own none), and their own id for
     * the review teams they are on.
     */
    record Reviewer(long supervisorId, long organisationId, long userId) {

        static Reviewer current() {
            CrossfieldUser me = CurrentUser.require();
            return new Reviewer(me.hasRole(Roles.SUPERVISOR) ? me.getId() : -1,
                    me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null ? me.getOrganisationId() : -1, me.getId());
        }
    }

    /** Joins the posting (project {@code p} or challenge {@code c}) of the rows aliased {@code a}. */
    static final String JOIN = """
            left join pub_phd_project p on a.posting_type = 'PROJECT' and p.id = a.posting_id
            left join pub_challenge c on a.posting_type = 'CHALLENGE' and c.id = a.posting_id
            """;
    /** The posting's title, after {@link #JOIN}. */
    static final String TITLE = "coalesce(p.title, c.title)";
    /** The posting's programme, after {@link #JOIN}. */
    static final String PROGRAMME = "coalesce(p.programme_id, c.programme_id)";
    /** The supervisor of a project posting (null for challenges), after {@link #JOIN}. */
    static final String SUPERVISOR = "p.supervisor_id";
    /** The partner organisation of a challenge posting (null for projects), after {@link #JOIN}. */
    static final String ORGANISATION = "c.organisation_id";

    /** What {@link #posting} reads, after {@link #JOIN}. */
    private static final String COLUMNS = "a.posting_type, coalesce(p.id, c.id), " + TITLE + ", coalesce(" + SUPERVISOR
            + ", c.created_by), " + ORGANISATION + ", " + PROGRAMME + ", coalesce(p.status, c.status), c.visibility";

    private final JdbcTemplate jdbc;

    Postings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Posting> find(PostingType type, long id) {
        if (type == null) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from (select ? posting_type, ? posting_id) a " + JOIN
                + " where coalesce(p.id, c.id) is not null", Postings::posting, type.name(), id).stream().findFirst();
    }

    private static Posting posting(ResultSet rs, int row) throws SQLException {
        PostingType type = PostingType.valueOf(rs.getString(1));
        Long organisation = type == PostingType.CHALLENGE ? rs.getLong(5) : null;
        return new Posting(type, rs.getLong(2), rs.getString(3), rs.getLong(4), organisation, rs.getLong(6),
                "OPEN".equals(rs.getString(7)), "INVITE_ONLY".equals(rs.getString(8)));
    }

    /**
     * The postings (not drafts) the person owns, marked as owned, and those whose review team they are on, by title.
     */
    List<PostingRef> ownedOrReviewed(Reviewer reviewer) {
        return jdbc.query("""
                select 'PROJECT', p.id, p.title, p.supervisor_id = ? from pub_phd_project p
                where p.status <> 'DRAFT' and (p.supervisor_id = ? or exists (select 1 from posting_reviewer r
                      where r.posting_type = 'PROJECT' and r.posting_id = p.id and r.user_id = ?))
                union all
                select 'CHALLENGE', c.id, c.title, c.organisation_id = ? from pub_challenge c
                where c.status <> 'DRAFT' and (c.organisation_id = ? or exists (select 1 from posting_reviewer r
                      where r.posting_type = 'CHALLENGE' and r.posting_id = c.id and r.user_id = ?))
                order by 3 limit 500""",
                (rs, i) -> new PostingRef(PostingType.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getBoolean(4)),
                reviewer.supervisorId(), reviewer.supervisorId(), reviewer.userId(), reviewer.organisationId(),
                reviewer.organisationId(), reviewer.userId());
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
