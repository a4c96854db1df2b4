package org.crossfield.application.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.PendingWork;

/**
 * Applications on the dashboard: a student's offers to answer and drafts not yet sent; a reviewer's submitted
 * applications to review and shortlisted ones waiting for an offer or a rejection.
 */
@SpringComponent
class ApplicationPendingWork implements PendingWork {

    private final ApplicationService applications;
    private final ApplicationReviewService reviews;

    ApplicationPendingWork(ApplicationService applications, ApplicationReviewService reviews) {
        this.applications = applications;
        this.reviews = reviews;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        List<Task> tasks = new ArrayList<>();
        if (me.hasRole(Roles.STUDENT)) {
            List<ApplicationSummary> mine = applications.myApplications();
            add(tasks, "application-offers", "application.todo.offers", mine.stream().filter(a -> a.status().awaitsAnswer()).count(),
                    "my-applications");
            add(tasks, "application-drafts", "application.todo.drafts",
                    mine.stream().filter(a -> a.status() == ApplicationStatus.DRAFT).count(), "my-applications");
        }
        if (me.hasRole(Roles.SUPERVISOR) || me.hasRole(Roles.PARTNER) || me.hasRole(Roles.MENTOR)) {
            List<ApplicationSummary> toMine = reviews.applicationsToMyPostings();
            add(tasks, "applications-to-review", "application.todo.review",
                    toMine.stream().filter(a -> a.status().canBeShortlisted()).count(), "applications");
            add(tasks, "applications-to-decide", "application.todo.decide",
                    toMine.stream().filter(a -> a.status().canBeOffered()).count(), "applications");
        }
        return tasks;
    }

    private static void add(List<Task> tasks, String id, String key, long count, String route) {
        if (count > 0) {
            tasks.add(new Task(id, key, count, route));
        }
    }
}
