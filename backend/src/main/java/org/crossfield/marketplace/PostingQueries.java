package org.crossfield.marketplace;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-model queries over both kinds of posting: the search (full text with MariaDB/MySQL {@code MATCH … AGAINST} in
 * boolean mode on the {@code FULLTEXT} indexes, plus facets, paged in the database; docs/adr/0008-search.md), the
 * partner's own challenges and the coordinator's review queue.
 */
@Component
class PostingQueries {

    /** InnoDB's default full-text stop words: they are not indexed, so requiring them would find nothing. */
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de",
            "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");
    private static final int MIN_TOKEN = 3;
    private static final int MAX_TOKENS = 12;

    // STRAIGHT_JOIN keeps the posting table first, so that "newest first" reads the (status, published_at) index
    // backwards and stops after a page instead of sorting every open posting (docs/performance.md, "Posting search").
    private static final String CHALLENGE_COLUMNS = """
            select straight_join 'CHALLENGE' as kind, c.id, c.title, c.summary, c.programme_id, pr.name as programme_name,
                   o.name as organisation_name, o.country, c.data_tier, c.status, c.deadline, c.published_at, c.review_comment""";
    private static final String CHALLENGE_FROM = " " + """
             from challenge c
             join pub_programme pr on pr.id = c.programme_id
             join pub_organisation o on o.id = c.organisation_id""";
    private static final String PROJECT_COLUMNS = """
            select straight_join 'PROJECT' as kind, p.id, p.title, substring(p.research_question, 1, 500) as summary, p.programme_id,
                   pr.name as programme_name, o.name as organisation_name, o.country, p.data_tier, p.status,
                   cast(null as date) as deadline, p.published_at, p.review_comment""";
    private static final String PROJECT_FROM = " " + """
             from phd_project p
             join pub_programme pr on pr.id = p.programme_id
             join pub_organisation o on o.id = p.organisation_id""";

    private final NamedParameterJdbcTemplate jdbc;

    PostingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who is searching: what decides which invite-only challenges they may find.
     *
     * @param organisationId the organisation whose invite-only challenges they manage (a partner's), or -1
     */
    record Viewer(long userId, long organisationId, boolean admin, Collection<Long> coordinatedProgrammes,
                  boolean publicOnly) {

        static Viewer of(long userId, Long organisationId, Collection<String> roles, Collection<Long> coordinatedProgrammes) {
            return new Viewer(userId, organisationId == null || !roles.contains(Roles.PARTNER) ? -1 : organisationId,
                    roles.contains(Roles.ADMIN), roles.contains(Roles.COORDINATOR) ? List.copyOf(coordinatedProgrammes) : List.of(),
                    false);
        }

        /**
         * Anyone on the web, without an account (the public API and feed): only challenges whose visibility is PUBLIC;
         * PhD projects have no visibility of their own, so every open project is public.
         */
        static Viewer anonymous() {
            return new Viewer(-1, -1, false, List.of(), true);
        }
    }

    /** A viewer read from the database, for searching on someone's behalf (a saved search's owner); empty if unknown. */
    Optional<Viewer> viewerOf(long userId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", userId);
        List<Long> organisation = jdbc.query("select organisation_id from pub_app_user where id = :id and enabled = true", id,
                (rs, i) -> rs.getObject(1) == null ? null : rs.getLong(1));
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        List<String> roles = jdbc.queryForList("select role from pub_user_role where user_id = :id", id, String.class);
        List<Long> coordinated = jdbc.queryForList("select programme_id from pub_programme_coordinator where user_id = :id limit 1000",
                id, Long.class);
        return Optional.of(Viewer.of(userId, organisation.getFirst(), roles, coordinated));
    }

    Slice<PostingSummary> search(PostingQuery q, Viewer viewer, Pageable pageable) {
        return search(q, viewer, null, pageable);
    }

    /**
     * Whether the search {@code q}, run by {@code viewer}, finds this one posting: the very same query as
     * {@link #search}, restricted to the posting's id (docs/adr/0012-saved-searches.md).
     */
    boolean finds(PostingQuery q, Viewer viewer, PostingKind kind, long postingId) {
        if (q.kind() != null && q.kind() != kind) {
            return false;
        }
        PostingQuery sameKind = new PostingQuery(kind, q.text(), q.competencyCode(), q.domain(), q.country(), q.dataTier(),
                q.programmeId(), q.status());
        return !search(sameKind, viewer, postingId, PageRequest.of(0, 1)).isEmpty();
    }

    private Slice<PostingSummary> search(PostingQuery q, Viewer viewer, Long onlyId, Pageable pageable) {
        String booleanQuery = booleanQuery(q.text());
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("status", (q.status() == null ? ProjectStatus.OPEN : q.status()).name())
                .addValue("ft", booleanQuery)
                .addValue("code", blankToNull(q.competencyCode()))
                .addValue("domain", blankToNull(q.domain()))
                .addValue("country", blankToNull(q.country()))
                .addValue("tier", q.dataTier() == null ? null : q.dataTier().name())
                .addValue("programme", q.programmeId())
                .addValue("me", viewer.userId())
                .addValue("myOrg", viewer.organisationId())
                .addValue("myProgrammes", viewer.coordinatedProgrammes().isEmpty() ? List.of(-1L) : viewer.coordinatedProgrammes())
                .addValue("branchLimit", pageable.getOffset() + pageable.getPageSize() + 1)
                .addValue("limit", pageable.getPageSize() + 1)
                .addValue("offset", pageable.getOffset())
                .addValue("only", onlyId);
        boolean text = booleanQuery != null;
        String order = text ? " order by score desc, published_at desc, id desc" : " order by published_at desc, id desc";
        List<String> branches = new ArrayList<>();
        if (q.kind() == null || q.kind() == PostingKind.CHALLENGE) {
            branches.add("(" + CHALLENGE_COLUMNS
                    + (text ? ", match(c.title, c.summary, c.description) against (:ft in boolean mode) as score" : ", 0 as score")
                    + CHALLENGE_FROM + " where c.status = :status"
                    + (viewer.publicOnly() ? " and c.visibility = 'PUBLIC'" : viewer.admin() ? "" : " " + """
                     and (c.visibility <> 'INVITE_ONLY' or c.organisation_id = :myOrg or c.programme_id in (:myProgrammes)
                          or exists (select 1 from challenge_invitee i where i.challenge_id = c.id and i.user_id = :me))""")
                    + (text ? " and match(c.title, c.summary, c.description) against (:ft in boolean mode)" : "")
                    + (onlyId == null ? "" : " and c.id = :only")
                    + facets("c", "challenge_requirement", "challenge_id", q)
                    + (text ? " order by score desc, c.published_at desc, c.id desc" : " order by c.published_at desc, c.id desc")
                    + " limit :branchLimit)");
        }
        if (q.kind() == null || q.kind() == PostingKind.PROJECT) {
            branches.add("(" + PROJECT_COLUMNS
                    + (text ? ", match(p.title, p.research_question) against (:ft in boolean mode) as score" : ", 0 as score")
                    + PROJECT_FROM + " where p.status = :status"
                    + (text ? " and match(p.title, p.research_question) against (:ft in boolean mode)" : "")
                    + (onlyId == null ? "" : " and p.id = :only")
                    + facets("p", "project_requirement", "project_id", q)
                    + (text ? " order by score desc, p.published_at desc, p.id desc" : " order by p.published_at desc, p.id desc")
                    + " limit :branchLimit)");
        }
        String sql = "select * from (" + String.join(" union all ", branches) + ") postings" + order
                + " limit :limit offset :offset";
        List<PostingSummary> rows = new ArrayList<>(jdbc.query(sql, params, PostingQueries::map));
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    private static String facets(String alias, String requirementTable, String key, PostingQuery q) {
        StringBuilder sql = new StringBuilder();
        if (blankToNull(q.competencyCode()) != null) {
            sql.append(" and exists (select 1 from ").append(requirementTable).append(" r where r.").append(key)
                    .append(" = ").append(alias).append(".id and r.competency_code = :code)");
        }
        if (blankToNull(q.domain()) != null) {
            sql.append(" and exists (select 1 from ").append(requirementTable).append(" r join pub_competency k on k.code = r.competency_code")
                    .append(" join pub_competency_framework f on f.id = k.framework_id and f.active = true where r.").append(key)
                    .append(" = ").append(alias).append(".id and k.area = :domain)");
        }
        if (blankToNull(q.country()) != null) {
            sql.append(" and o.country = :country");
        }
        if (q.dataTier() != null) {
            sql.append(" and ").append(alias).append(".data_tier = :tier");
        }
        if (q.programmeId() != null) {
            sql.append(" and ").append(alias).append(".programme_id = :programme");
        }
        return sql.toString();
    }

    /**
     * The words of {@code text} as a boolean-mode query in which every word must occur as a prefix ("+sepsis* +icu*"),
     * or null when no word is long enough to be in the index. Operators typed by the user are dropped.
     */
    static String booleanQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= MIN_TOKEN && !STOP_WORDS.contains(token) && terms.size() < MAX_TOKENS) {
                terms.add("+" + token + "*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    /** A partner organisation's challenges, newest first (at most 500). */
    List<PostingSummary> challengesOf(long organisationId) {
        return jdbc.query(CHALLENGE_COLUMNS + CHALLENGE_FROM + " where c.organisation_id = :org order by c.id desc limit 500",
                new MapSqlParameterSource("org", organisationId), PostingQueries::map);
    }

    /** Submitted postings of these programmes, oldest submission first (at most 500). */
    List<PostingSummary> submitted(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from ((" + CHALLENGE_COLUMNS + ", c.submitted_at" + CHALLENGE_FROM
                        + " where c.status = 'SUBMITTED' and c.programme_id in (:p) limit 500) union all ("
                        + PROJECT_COLUMNS + ", p.submitted_at" + PROJECT_FROM
                        + " where p.status = 'SUBMITTED' and p.programme_id in (:p) limit 500)) q order by submitted_at, id limit 500",
                new MapSqlParameterSource("p", programmeIds), PostingQueries::map);
    }

    /** These challenges (e.g. the ones a project takes up), by id. */
    List<PostingSummary> challenges(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(CHALLENGE_COLUMNS + CHALLENGE_FROM + " where c.id in (:ids) order by c.id limit 100",
                new MapSqlParameterSource("ids", ids), PostingQueries::map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PostingSummary map(ResultSet rs, int row) throws SQLException {
        Date deadline = rs.getDate("deadline");
        Timestamp published = rs.getTimestamp("published_at");
        return new PostingSummary(PostingKind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getString("title"),
                rs.getString("summary"), rs.getLong("programme_id"), rs.getString("programme_name"),
                rs.getString("organisation_name"), rs.getString("country"), DataTier.valueOf(rs.getString("data_tier")),
                ProjectStatus.valueOf(rs.getString("status")), deadline == null ? null : deadline.toLocalDate(),
                published == null ? null : published.toInstant(), rs.getString("review_comment"));
    }
}
