package org.crossfield.privacy.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.PendingWork;
import org.crossfield.privacy.ErasureService;

/** Privacy on the dashboard: for administrators, the erasure requests waiting for their decision. */
@SpringComponent
class PrivacyPendingWork implements PendingWork {

    private final ErasureService erasures;

    PrivacyPendingWork(ErasureService erasures) {
        this.erasures = erasures;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        if (!me.hasRole(Roles.ADMIN)) {
            return List.of();
        }
        int open = erasures.openRequests().size();
        return open == 0 ? List.of() : List.of(new Task("erasure-requests", "privacy.todo.erasures", open, "admin/privacy"));
    }
}
