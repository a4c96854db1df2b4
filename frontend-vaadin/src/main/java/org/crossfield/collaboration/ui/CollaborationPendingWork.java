package org.crossfield.collaboration.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.PendingWork;

/** Collaborations on the dashboard: the outcome confirmations a party owes for open reporting windows. */
@SpringComponent
class CollaborationPendingWork implements PendingWork {

    private static final List<String> PARTIES = List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);

    private final ReportingService reporting;

    CollaborationPendingWork(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        if (me.getRoles().stream().noneMatch(PARTIES::contains)) {
            return List.of();
        }
        long due = reporting.myConfirmationsDue(1).total();
        return due == 0 ? List.of() : List.of(new Task("confirmations-due", "collaboration.todo.confirmations", due, "collaborations"));
    }
}
