package org.crossfield.reporting.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.PendingWork;
import org.springframework.data.domain.PageRequest;

/**
 * People on the dashboard: for administrators and coordinators, the registrations waiting for their approval. It lives
 * here, by the dashboard, because identity is the module every other depends on and knows no platform UI.
 */
@SpringComponent
class RegistrationsPendingWork implements PendingWork {

    /** More than this many waiting people show as this many: the list itself pages through all of them. */
    static final int COUNTED = 500;

    private final PeopleAdminService people;

    RegistrationsPendingWork(PeopleAdminService people) {
        this.people = people;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        if (!me.hasRole(Roles.ADMIN) && !me.hasRole(Roles.COORDINATOR)) {
            return List.of();
        }
        int waiting = people.pending(PageRequest.of(0, COUNTED)).getNumberOfElements();
        return waiting == 0 ? List.of() : List.of(new Task("people-to-approve", "reporting.todo.people", waiting, "people/pending"));
    }
}
