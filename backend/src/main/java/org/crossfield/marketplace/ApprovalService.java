package org.crossfield.marketplace;

import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's review queue: submitted challenges and PhD projects of the programmes they coordinate, and the
 * decision on each (which the posting's own service checks again, object by object).
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

    private final PostingQueries queries;
    private final ChallengeService challenges;
    private final ProjectPostingService projects;
    private final JdbcTemplate jdbc;

    ApprovalService(PostingQueries queries, ChallengeService challenges, ProjectPostingService projects, JdbcTemplate jdbc) {
        this.queries = queries;
        this.challenges = challenges;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    /** Submitted postings of my programmes (every programme for an administrator), oldest submission first. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<PostingSummary> awaitingReview() {
        CrossfieldUser me = CurrentUser.require();
        List<Long> programmes = me.hasRole(Roles.ADMIN)
                ? jdbc.queryForList("select id from pub_programme", Long.class)
                : jdbc.queryForList("select programme_id from pub_programme_coordinator where user_id = ?", Long.class, me.getId());
        return queries.submitted(programmes);
    }

    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public void approve(PostingKind kind, long id) {
        switch (kind) {
            case CHALLENGE -> challenges.approve(id);
            case PROJECT -> projects.approve(id);
        }
    }

    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public void sendBack(PostingKind kind, long id, String comment) {
        switch (kind) {
            case CHALLENGE -> challenges.sendBack(id, comment);
            case PROJECT -> projects.sendBack(id, comment);
        }
    }
}
