package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.crossfield.Application;
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
}
