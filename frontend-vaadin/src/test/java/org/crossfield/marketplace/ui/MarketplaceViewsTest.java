package org.crossfield.marketplace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crossfield.Application;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.platform.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class MarketplaceViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChallengeService challenges;

    @SuppressWarnings("unchecked")
    private void addRequirement(String code, int level, double weight) {
        ComboBox<CompetencySummary> competency = $(ComboBox.class).id("requirement-competency");
        test(competency).selectItem(competency.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().orElseThrow()
                .code() + " · " + competency.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().orElseThrow().title());
        test($(IntegerField.class).id("requirement-level")).setValue(level);
        test($(NumberField.class).id("requirement-weight")).setValue(weight);
        test($(Button.class).id("add-requirement")).click();
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void aPartnerIsStoppedByTheFormThenSavesAndSubmitsAChallenge() {
        navigate(MyChallengesView.class);
        int before = jdbc.queryForObject("select count(*) from challenge", Integer.class);
        test($(Button.class).id("save-challenge")).click();
        assertThat($(TextField.class).id("challenge-title").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from challenge", Integer.class)).isEqualTo(before);

        test($(TextField.class).id("challenge-title")).setValue("Browserless sepsis challenge");
        test($(TextField.class).id("challenge-summary")).setValue("Early warning from ICU time series");
        test($(TextArea.class).id("challenge-description")).setValue("Build and validate an early-warning model.");
        DatePicker deadline = $(DatePicker.class).id("challenge-deadline");
        deadline.setValue(LocalDate.now(ZoneOffset.UTC).minusDays(2)); // the picker refuses it in a browser; Binder checks it too
        test($(Button.class).id("save-challenge")).click();
        assertThat(deadline.isInvalid()).as("a deadline in the past").isTrue();

        test(deadline).setValue(LocalDate.now(ZoneOffset.UTC).plusDays(40));
        $(IntegerField.class).id("requirement-level").setValue(7);
        test($(Button.class).id("add-requirement")).click();
        assertThat($(IntegerField.class).id("requirement-level").isInvalid()).as("level outside 1–5").isTrue();
        test($(NumberField.class).id("requirement-weight")).setValue(0.0);
        addRequirement("DSDA01", 3, 0);
        assertThat($(NumberField.class).id("requirement-weight").isInvalid()).as("weight 0").isTrue();
        addRequirement("DSDA01", 3, 2);
        assertThat(test($(Grid.class).id("requirements-grid")).size()).isEqualTo(1);

        test($(Button.class).id("submit-challenge")).click();
        assertThat(jdbc.queryForObject("select status from challenge where title = 'Browserless sepsis challenge'", String.class))
                .isEqualTo("SUBMITTED");
        Grid<PostingSummary> grid = $(Grid.class).id("my-challenges-grid");
        assertThat(test(grid).size()).isPositive();
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorSavesAProjectDraft() {
        navigate(MyProjectsView.class);
        test($(TextField.class).id("project-title")).setValue("Browserless federated project");
        test($(TextArea.class).id("project-question")).setValue("Does federated learning travel across hospitals?");
        $(IntegerField.class).id("project-slots").setValue(3);
        addRequirement("DSDA02", 4, 1);
        test($(Button.class).id("save-project")).click();
        assertThat($(IntegerField.class).id("project-slots").isInvalid()).as("three mentor slots").isTrue();
        test($(IntegerField.class).id("project-slots")).setValue(2);
        test($(Button.class).id("save-project")).click();
        assertThat(jdbc.queryForObject("select status from phd_project where title = 'Browserless federated project'", String.class))
                .isEqualTo("DRAFT");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorSendsBackOnlyWithACommentAndApproves() {
        long id = submittedChallenge("Awaiting the browserless coordinator");
        navigate(ApprovalsView.class);
        Grid<PostingSummary> grid = $(Grid.class).id("approvals-grid");
        PostingSummary row = grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow();
        grid.select(row);
        test($(Button.class).id("send-back-posting")).click();
        assertThat($(TextArea.class).id("review-comment").isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("SUBMITTED");
        test($(Button.class).id("approve-posting")).click();
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(test($(Notification.class).last()).getText()).contains("Approved");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentSearchesPostingsAndIsRefusedThePostingScreens() {
        navigate(FindPostingsView.class);
        Grid<PostingSummary> grid = $(Grid.class).id("posting-grid");
        assertThat(test(grid).size()).isPositive();
        test($(TextField.class).id("posting-search")).setValue("nothingcanmatchthisword");
        assertThat(test(grid).size()).isZero();
        try {
            navigate(ApprovalsView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void anOpenChallengeShowsItsTermsAndAnInviteOnlyOneIsAnsweredLikeAMissingOne() {
        long open = jdbc.queryForObject("select min(id) from challenge where status = 'OPEN' and visibility = 'PUBLIC'", Long.class);
        navigate("challenges/" + open, ChallengeDetailsView.class);
        assertThat($(UnorderedList.class).id("challenge-governance").getElement().getText()).isNotNull();
        assertThat($(H2.class).id("challenge-heading").getText()).isNotBlank();

        long hidden = submittedChallenge("Invite-only, not for mentors");
        jdbc.update("update challenge set status = 'OPEN', visibility = 'INVITE_ONLY' where id = ?", hidden);
        navigate("challenges/" + hidden, ChallengeDetailsView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("No such challenge");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aProjectTheStudentMayNotSeeIsAnsweredExactlyLikeAnUnknownId() {
        Long hidden = jdbc.queryForObject("select min(id) from phd_project where status <> 'OPEN'", Long.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(hidden != null, "the sandbox has a project that is not open");
        long unknown = jdbc.queryForObject("select max(id) + 1000 from phd_project", Long.class);
        navigate("projects/" + unknown, ProjectDetailsView.class);
        String unknownPage = $(ProjectDetailsView.class).first().getElement().getTextRecursively();
        navigate("projects/" + hidden, ProjectDetailsView.class);
        String hiddenPage = $(ProjectDetailsView.class).first().getElement().getTextRecursively();
        assertThat(hiddenPage).as("a draft or closed project tells nothing about itself").isEqualTo(unknownPage)
                .contains("No such project");
        assertThat($(AccessDeniedView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aMistypedAddressShowsAPageInsideTheApplicationWithAWayBack() {
        try {
            navigate("no-such-page-here", org.crossfield.platform.ui.NotFoundView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator may report that it did not reach a routed view
        }
        assertThat($(org.crossfield.platform.ui.NotFoundView.class).exists()).isTrue();
        assertThat($(com.vaadin.flow.component.sidenav.SideNav.class).id("main-nav")).as("inside the layout").isNotNull();
        assertThat($(org.crossfield.platform.ui.NotFoundView.class).first().getElement().getTextRecursively())
                .contains("Back to your dashboard");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from challenge where id = ?", String.class, id);
    }

    /** Written by the demo partner directly in the database through the service would need their login; SQL is enough. */
    private long submittedChallenge(String title) {
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        long partner = jdbc.queryForObject("select id from app_user where email = 'partner@demo.crossfield.org'", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, created_at, version)
                select ?, organisation_id, id, ?, 'A summary', 'A description', ?, 'PUBLIC', 'SYNTHETIC', 'FEDERATED', 'SUBMITTED',
                  current_timestamp, current_timestamp, 0 from app_user where id = ?""",
                programme, title, java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(10)), partner);
        return jdbc.queryForObject("select max(id) from challenge where title = ?", Long.class, title);
    }
}
