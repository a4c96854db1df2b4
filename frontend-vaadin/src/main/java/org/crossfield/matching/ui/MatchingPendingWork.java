package org.crossfield.matching.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.ProposalStatus;
import org.crossfield.platform.ui.PendingWork;

/** Matching on the dashboard: published mentor proposals that wait for this mentor's or supervisor's answer. */
@SpringComponent
class MatchingPendingWork implements PendingWork {

    private final MatchingRoundService rounds;

    MatchingPendingWork(MatchingRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        if (!me.hasRole(Roles.MENTOR) && !me.hasRole(Roles.SUPERVISOR)) {
            return List.of();
        }
        long waiting = rounds.myProposals().stream().filter(p -> p.status() == ProposalStatus.PENDING)
                .filter(p -> p.mentorId() == me.getId() ? p.mentorAccepted() == null : p.supervisorAccepted() == null)
                .count();
        return waiting == 0 ? List.of() : List.of(new Task("proposals-to-answer", "matching.todo.proposals", waiting, "proposals"));
    }
}
