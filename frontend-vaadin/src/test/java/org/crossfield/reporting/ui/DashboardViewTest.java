package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.crossfield.Application;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.marketplace.ApprovalService;
import org.assertj.core.api.Assertions;
import org.springframework.security.access.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationReviewService reviews;

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentSeesTheirCollaborationsAndTheOutcomeConfirmationsTheyOwe() {
        navigate(DashboardView.class);
        long student = jdbc.queryForObject("select id from app_user where email = 'student@demo.crossfield.org'", Long.class);
        List<Map<String, Object>> due = jdbc.queryForList("""
                select p.window_id, p.collaboration_id, w.title from reporting_party p join reporting_window w on w.id = p.window_id
                where p.user_id = ? and p.confirmed_at is null order by w.due_on, w.id, p.collaboration_id""", student);
        assertThat(due).as("the sandbox's reporting window asks the demo student").isNotEmpty();

        VerticalLayout card = $(VerticalLayout.class).id("collaboration-figures");
        assertThat(card.getElement().getTextRecursively()).contains("Active collaborations", "Outcome confirmations due",
                String.valueOf(due.size()));
        Anchor first = $(Anchor.class).id("confirmation-due-" + due.getFirst().get("window_id") + "-" + due.getFirst().get("collaboration_id"));
        assertThat(first.getHref()).isEqualTo("collaborations/" + due.getFirst().get("collaboration_id"));
        assertThat(first.getText()).contains("confirm the outcomes for “" + due.getFirst().get("title") + "”");
        assertThat($(Anchor.class).id("open-collaborations").getHref()).isEqualTo("collaborations");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorTakesPartInNoCollaborationAndSeesTheReportsInstead() {
        navigate(DashboardView.class);
        assertThat($(VerticalLayout.class).withId("collaboration-figures").exists()).isFalse();
        assertThat($(Anchor.class).id("open-reports").getHref()).isEqualTo("reports");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorSeesThePostingsWaitingForTheirApprovalWithTheirNumberAndTheWayToThem() {
        long coordinator = jdbc.queryForObject("select id from app_user where email = 'coordinator@demo.crossfield.org'", Long.class);
        long programme = jdbc.queryForObject("select min(programme_id) from pub_programme_coordinator where user_id = ?", Long.class,
                coordinator);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, created_at, version)
                select ?, organisation_id, id, 'Dashboard test: waits for approval', 'A summary', 'A description',
                  date_add(current_date, interval 30 day), 'PUBLIC', 'SYNTHETIC', 'FEDERATED', 'SUBMITTED', current_timestamp,
                  current_timestamp, 0 from app_user where email = 'partner@demo.crossfield.org'""", programme);
        int waiting = approvals.awaitingReview().size();
        assertThat(waiting).as("the challenge just submitted waits at least").isPositive();

        // the test's UI opened on the dashboard before the challenge existed; coming back builds it anew
        navigate(org.crossfield.marketplace.ui.ApprovalsView.class);
        navigate(DashboardView.class);
        VerticalLayout pending = $(VerticalLayout.class).id("pending-work");
        Anchor approve = $(Anchor.class).id("todo-postings-to-approve");
        assertThat(approve.getHref()).isEqualTo("approvals");
        assertThat(approve.getText()).isEqualTo("Postings waiting for your approval");
        assertThat(pending.getElement().getTextRecursively()).contains(waiting + "Postings waiting for your approval");
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorSeesTheApplicationsToReviewAndNoApprovals() {
        long toReview = reviews.applicationsToMyPostings().stream().filter(a -> a.status().canBeShortlisted()).count();
        navigate(DashboardView.class);
        VerticalLayout pending = $(VerticalLayout.class).id("pending-work");
        if (toReview > 0) {
            Anchor review = $(Anchor.class).id("todo-applications-to-review");
            assertThat(review.getHref()).isEqualTo("applications");
            assertThat(pending.getElement().getTextRecursively()).contains(toReview + "Applications to review");
        } else {
            assertThat($(Anchor.class).withId("todo-applications-to-review").exists()).isFalse();
        }
        assertThat($(Anchor.class).withId("todo-postings-to-approve").exists()).as("approvals are the coordinators'").isFalse();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentsListHoldsOnlyTheirOwnWorkAndTheServicesStillRefuseThemTheOthers() {
        navigate(DashboardView.class);
        assertThat($(VerticalLayout.class).id("pending-work").getElement().getTextRecursively()).contains("Waiting for you")
                .doesNotContain("Postings waiting for your approval", "Applications to review", "Erasure requests");
        Assertions.assertThatThrownBy(() -> approvals.awaitingReview()).isInstanceOf(AccessDeniedException.class);
        Assertions.assertThatThrownBy(() -> reviews.applicationsToMyPostings()).isInstanceOf(AccessDeniedException.class);
    }
}
