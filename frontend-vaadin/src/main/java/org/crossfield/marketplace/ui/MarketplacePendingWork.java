package org.crossfield.marketplace.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.platform.ui.PendingWork;

/** Postings on the dashboard: for coordinators and administrators, the postings waiting for their approval. */
@SpringComponent
class MarketplacePendingWork implements PendingWork {

    private final ApprovalService approvals;

    MarketplacePendingWork(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        if (!me.hasRole(Roles.COORDINATOR) && !me.hasRole(Roles.ADMIN)) {
            return List.of();
        }
        int waiting = approvals.awaitingReview().size();
        return waiting == 0 ? List.of() : List.of(new Task("postings-to-approve", "marketplace.todo.approvals", waiting, "approvals"));
    }
}
