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
        jdbc.update("insert into challenge_requirement (challenge_id, competency_code, level, weight, must_have) values (?, 'DSDA02', 4, 1, true)", id);
        navigate(ApprovalsView.class);
        Grid<PostingSummary> grid = $(Grid.class).id("approvals-grid");
        PostingSummary row = grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow();
        grid.select(row);
        test($(Button.class).id("send-back-posting")).click();
        assertThat($(TextArea.class).id("review-comment").isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("SUBMITTED");
        // the whole posting is shown before the decision, with names instead of codes
        assertThat($(com.vaadin.flow.component.html.H3.class).id("preview-title").getText()).isEqualTo("Awaiting the browserless coordinator");
        assertThat($(UnorderedList.class).id("preview-governance").getElement().getTextRecursively()).contains("Data tier:", "Access model:",
                "Ethics approval needed:", "Licence:");
        assertThat($(UnorderedList.class).id("preview-facts").getElement().getTextRecursively()).contains("Deadline for applications:", "Compensation:",
                "Preferred IP regime:");
        assertThat(test($(Grid.class).id("preview-requirements")).getCellText(0, 0)).startsWith("Quantitative methods").endsWith("(DSDA02)");
        assertThat(test($(Grid.class).id("preview-requirements")).getCellText(0, 1)).startsWith("4 – ");
        test($(TextArea.class).id("review-comment")).setValue("Please name the data source.");
        test($(Button.class).id("send-back-posting")).click();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).id("confirmation").isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("confirmation-told").getElement().getTextRecursively()).contains("with your comment");
        test($(Button.class).id("confirmation-cancel")).click();
        assertThat(status(id)).as("cancelled: nothing happens").isEqualTo("SUBMITTED");
        test($(Button.class).id("approve-posting")).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("confirmation-happens").getElement().getTextRecursively()).contains("published");
        assertThat(status(id)).as("nothing happens until confirmed").isEqualTo("SUBMITTED");
        assertThat($(Button.class).id("confirm-approve").getText()).isEqualTo("Approve and publish");
        test($(Button.class).id("confirm-approve")).click();
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
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentReadsHowTheyFitAProjectAndChallengeBeforeApplying() {
        long project = jdbc.queryForObject("""
                select min(p.id) from phd_project p where p.status = 'OPEN'
                and exists (select 1 from project_requirement r where r.project_id = p.id)""", Long.class);
        navigate("projects/" + project, ProjectDetailsView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("your-fit").getText()).startsWith("You meet")
                .endsWith("(from your competency profile)");
        long open = jdbc.queryForObject("select min(id) from challenge where status = 'OPEN' and visibility = 'PUBLIC'", Long.class);
        navigate("challenges/" + open, ChallengeDetailsView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("your-fit").getText()).contains("(from your competency profile)");
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

    /** Issue 17: the reviewers' fit score, each requirement counting has/asked (at most 1) times its weight, in words. */
    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void anApplicantsFitIsAWeightedScoreExplainedInWords() {
        java.util.List<org.crossfield.marketplace.RequiredCompetency> asked = java.util.List.of(
                new org.crossfield.marketplace.RequiredCompetency("HDS-01", 4, 3, true),
                new org.crossfield.marketplace.RequiredCompetency("HDS-02", 2, 1, false),
                new org.crossfield.marketplace.RequiredCompetency("HDS-03", 3, 1, false));
        org.crossfield.competency.CompetencyProfile profile = new org.crossfield.competency.CompetencyProfile(1, java.util.List.of(
                new org.crossfield.competency.ProfileLevel("HDS-01", 2, null, org.crossfield.competency.Assessment.SELF_ASSESSED, null, null),
                new org.crossfield.competency.ProfileLevel("HDS-02", 5, null, org.crossfield.competency.Assessment.SELF_ASSESSED, null, null)));
        java.util.Map<String, String> names = java.util.Map.of("HDS-01", "Data stewardship", "HDS-02", "Statistics",
                "HDS-03", "Clinical informatics");
        org.crossfield.platform.ui.ApplicantFit.Fit fit = MarketplaceApplicantFit.fit(asked, profile, names);
        // (3 × 2/4 + 1 × 1 + 1 × 0) / 5 = 0.5
        assertThat(fit.percent()).isEqualTo(50);
        assertThat(fit.inWords()).isEqualTo("Fit 50 %: meets 1 of 3 required competencies. Data stewardship (must-have): asked"
                + " level 4, has 2. Clinical informatics: asked level 3, not in the profile.");
        assertThat(fit.lines()).extracting(org.crossfield.platform.ui.ApplicantFit.Line::met).containsExactly(false, true, false);
        assertThat(MarketplaceApplicantFit.fit(java.util.List.of(), profile, names).inWords())
                .isEqualTo("Fit 100 %: the posting asks for no particular competencies.");
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
