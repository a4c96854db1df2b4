package org.crossfield.marketplace;

import java.util.List;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for postings, used as {@code @postingAccess} in {@code @PreAuthorize}: a challenge is edited by
 * partners of the organisation that posted it, a PhD project by its supervisor; both are reviewed by coordinators of
 * their programme (and administrators); an open invite-only challenge is seen only by its invitees, its organisation
 * and its reviewers.
 */
@Component("postingAccess")
public class PostingAccess {

    private final JdbcTemplate jdbc;
    private final AccessRules access;

    PostingAccess(JdbcTemplate jdbc, AccessRules access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private record ChallengeFacts(long organisationId, long programmeId, String status, String visibility) {
    }

    private List<ChallengeFacts> challenge(Long id) {
        if (id == null) {
            return List.of();
        }
        return jdbc.query("select organisation_id, programme_id, status, visibility from challenge where id = ?",
                (rs, i) -> new ChallengeFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), id);
    }

    /** A partner of the organisation that posted the challenge. */
    public boolean canEditChallenge(Long challengeId) {
        var facts = challenge(challengeId);
        return !facts.isEmpty() && CurrentUser.get().map(u -> u.hasRole(Roles.PARTNER)
                && u.getOrganisationId() != null && u.getOrganisationId() == facts.getFirst().organisationId()).orElse(false);
    }

    /** A coordinator of the challenge's programme, or an administrator. */
    public boolean canReviewChallenge(Long challengeId) {
        var facts = challenge(challengeId);
        return !facts.isEmpty() && (isAdmin() || access.coordinates(facts.getFirst().programmeId()));
    }

    public boolean canViewChallenge(Long challengeId) {
        var found = challenge(challengeId);
        if (found.isEmpty()) {
            // unknown challenges are "visible" so that the service can answer "not found" instead of "forbidden"
            return CurrentUser.get().isPresent();
        }
        ChallengeFacts c = found.getFirst();
        if (canEditChallenge(challengeId) || isAdmin() || access.coordinates(c.programmeId())) {
            return true;
        }
        boolean published = List.of("OPEN", "CLOSED", "AWARDED").contains(c.status());
        return published && CurrentUser.get().map(u -> !"INVITE_ONLY".equals(c.visibility()) || isInvited(challengeId, u))
                .orElse(false);
    }

    private boolean isInvited(long challengeId, CrossfieldUser u) {
        Integer n = jdbc.queryForObject("select count(*) from challenge_invitee where challenge_id = ? and user_id = ?",
                Integer.class, challengeId, u.getId());
        return n != null && n > 0;
    }

    /** The supervisor of the PhD project. */
    public boolean ownsProject(Long projectId) {
        if (projectId == null) {
            return false;
        }
        List<Long> supervisor = jdbc.queryForList("select supervisor_id from phd_project where id = ?", Long.class, projectId);
        return !supervisor.isEmpty() && CurrentUser.get()
                .map(u -> u.hasRole(Roles.SUPERVISOR) && u.getId() == supervisor.getFirst()).orElse(false);
    }

    /** A coordinator of the project's programme, or an administrator. */
    public boolean canReviewProject(Long projectId) {
        if (projectId == null) {
            return false;
        }
        List<Long> programme = jdbc.queryForList("select programme_id from phd_project where id = ?", Long.class, projectId);
        return !programme.isEmpty() && (isAdmin() || access.coordinates(programme.getFirst()));
    }

    private static boolean isAdmin() {
        return CurrentUser.get().map(u -> u.hasRole(Roles.ADMIN)).orElse(false);
    }
}
