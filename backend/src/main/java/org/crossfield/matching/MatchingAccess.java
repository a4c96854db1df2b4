package org.crossfield.matching;

import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Object-level rules for matching, used as {@code @matchingAccess} in {@code @PreAuthorize}. */
@Component("matchingAccess")
public class MatchingAccess {

    private final JdbcTemplate jdbc;
    private final AccessRules access;

    MatchingAccess(JdbcTemplate jdbc, AccessRules access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The current mentor declared this conflict. */
    public boolean ownsConflict(long conflictId) {
        return CurrentUser.get().map(u -> count("select count(*) from mentor_conflict where id = ? and mentor_id = ?",
                conflictId, u.getId()) > 0).orElse(false);
    }

    /** The current person coordinates the round's programme (or is an administrator). */
    public boolean runsRound(long roundId) {
        var programme = jdbc.query("select programme_id from matching_round where id = ?", (rs, i) -> rs.getLong(1), roundId);
        return !programme.isEmpty() && (access.coordinates(programme.getFirst())
                || CurrentUser.get().map(u -> u.hasRole(Roles.ADMIN)).orElse(false));
    }

    /** The current person is a party to this published proposal: its mentor, or its project's supervisor. */
    public boolean isPartyTo(long proposalId) {
        return CurrentUser.get().map(u -> count("""
                select count(*) from round_proposal rp join pub_phd_project p on p.id = rp.project_id
                join matching_round r on r.id = rp.round_id
                where rp.id = ? and r.status in ('PUBLISHED', 'CLOSED') and (rp.mentor_id = ? or p.supervisor_id = ?)""",
                proposalId, u.getId(), u.getId()) > 0).orElse(false);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
