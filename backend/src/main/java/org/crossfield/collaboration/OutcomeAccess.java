package org.crossfield.collaboration;

import java.util.List;
import org.crossfield.identity.AccessRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for the parts of a workspace that are addressed by their own id (an outcome, an activity, a
 * milestone) and for reporting windows, used as {@code @outcomeAccess} in {@code @PreAuthorize}: each finds the
 * collaboration and asks {@link CollaborationAccess}, or the window's programme and asks {@link AccessRules}. An id that does not exist is refused like one that is not yours.
 */
@Component("outcomeAccess")
public class OutcomeAccess {

    private final JdbcTemplate jdbc;
    private final CollaborationAccess collaborations;
    private final AccessRules access;

    OutcomeAccess(JdbcTemplate jdbc, CollaborationAccess collaborations, AccessRules access) {
        this.jdbc = jdbc;
        this.collaborations = collaborations;
        this.access = access;
    }

    /** The current person coordinates the programme of the reporting window. */
    public boolean coordinatesWindow(long windowId) {
        List<Long> programme = jdbc.queryForList("select programme_id from reporting_window where id = ?", Long.class, windowId);
        return !programme.isEmpty() && access.coordinates(programme.getFirst());
    }

    /** The current person is a party of the outcome's collaboration. */
    public boolean canEditOutcome(long outcomeId) {
        return partyOf("select collaboration_id from outcome where id = ?", outcomeId);
    }

    /** The current person is a party of the activity's collaboration. */
    public boolean canEditActivity(long activityId) {
        return partyOf("select collaboration_id from dissemination_activity where id = ?", activityId);
    }

    /** The current person is a party of the milestone's collaboration. */
    public boolean canEditMilestone(long milestoneId) {
        return partyOf("select collaboration_id from collaboration_milestone where id = ?", milestoneId);
    }

    private boolean partyOf(String sql, long id) {
        List<Long> found = jdbc.queryForList(sql, Long.class, id);
        return !found.isEmpty() && collaborations.isParty(found.getFirst());
    }
}
