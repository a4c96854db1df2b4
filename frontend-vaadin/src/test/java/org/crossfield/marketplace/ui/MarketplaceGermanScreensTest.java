package org.crossfield.marketplace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectDetails;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The marketplace screens in German leave no key marker and no English UI word: "Find postings" with its save-search
 * dialog, "My saved searches" with its delete dialog, the PhD project list, a project's and a challenge's page,
 * "My PhD projects" (with the requirements editor and the governance fields), "My challenges", and "Approvals" with
 * the whole posting shown and both confirmations open. The postings' own data (titles, names) is English in the demo
 * and is taken out before the check; the competencies they ask for read in German (the reference bundle).
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class MarketplaceGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    ChallengeService challenges;
    @Autowired
    CompetencyFrameworkService frameworks;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /** The view on the screen and the dialogs open over it (the layout's menu has its own tests). */
    private List<com.vaadin.flow.component.Component> shown() {
        List<com.vaadin.flow.component.Component> parts = new ArrayList<>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().findFirst()
                .filter(com.vaadin.flow.component.Component.class::isInstance).map(com.vaadin.flow.component.Component.class::cast)
                .ifPresent(parts::add);
        parts.addAll($(com.vaadin.flow.component.dialog.Dialog.class).all());
        return parts;
    }

    /** A requirement's line as the German pages write it: the competency's German title, then its code. */
    private String germanRequirement(String code) {
        CompetencySummary c = frameworks.activeFramework().competencies().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        String german = ReferenceNames.competency(code, c.title(), Locale.GERMAN);
        assertThat(german).as("the shipped " + code + " has a German title").isNotEqualTo(c.title());
        return german + " (" + code + ")";
    }

    private void assertGerman(List<String> data) {
        assertThat(ScreenTexts.untranslatedIn(shown(), data)).isEmpty();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentSearchesSavesAndReadsPostingsInGerman() {
        navigate(FindPostingsView.class);
        assertGerman(List.of());
        @SuppressWarnings("unchecked")
        ComboBox<CompetencySummary> competency = $(ComboBox.class).id("posting-competency");
        CompetencySummary dsda02 = competency.getListDataView().getItems().filter(c -> c.code().equals("DSDA02")).findFirst().orElseThrow();
        assertThat(competency.getItemLabelGenerator().apply(dsda02))
                .isEqualTo("DSDA02 · Quantitative Methoden: Statistik, Zeitreihen, Optimierung, Simulation");
        test($(Button.class).id("save-search")).click();
        assertThat($(SaveSearchDialog.class).first().isOpened()).isTrue();
        assertGerman(List.of());
        $(SaveSearchDialog.class).first().close();

        navigate(SavedSearchesView.class);
        assertGerman(List.of());
        navigate(ProjectListView.class);
        assertGerman(List.of());

        long projectId = jdbc.queryForObject("""
                select min(p.id) from phd_project p where p.status = 'OPEN'
                and exists (select 1 from project_requirement r where r.project_id = p.id)""", Long.class);
        ProjectDetails project = projects.project(projectId);
        navigate("projects/" + projectId, ProjectDetailsView.class);
        List<String> data = new ArrayList<>();
        data.addAll(List.of(project.summary().title(), project.researchQuestion(), project.summary().organisationName(),
                project.summary().country(), project.summary().supervisorName(), project.summary().programmeName()));
        assertGerman(data);
        String firstCode = project.requirements().getFirst().competencyCode();
        assertThat(test($(Grid.class).id("project-requirements")).getCellText(0, 0)).isEqualTo(germanRequirement(firstCode));

        long challengeId = jdbc.queryForObject("select min(id) from challenge where status = 'OPEN' and visibility = 'PUBLIC'", Long.class);
        ChallengeDetails challenge = challenges.challenge(challengeId);
        navigate("challenges/" + challengeId, ChallengeDetailsView.class);
        data = new ArrayList<>();
        var c = challenge.content();
        data.addAll(List.of(c.title(), c.summary(), c.description(), challenge.organisationName(), challenge.country(),
                challenge.programmeName()));
        for (String optional : new String[] {c.deliverables(), c.timeline(), c.compensation(), c.governance().gdprLegalBasis(),
                c.governance().fairIdentifier(), c.governance().fairLicence(), c.governance().fairMetadataStandard()}) {
            if (optional != null) {
                data.add(optional);
            }
        }
        assertGerman(data);
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorWritesAProjectInGerman() {
        navigate(MyProjectsView.class);
        assertGerman(List.of());
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void aPartnerWritesAChallengeInGerman() {
        navigate(MyChallengesView.class);
        assertGerman(List.of());
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void theRefusalOfAChallengesInviteesIsSaidInGerman() {
        navigate(MyChallengesView.class);
        String title = "Eingeladene " + UUID.randomUUID().toString().substring(0, 6);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("challenge-title")).setValue(title);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("challenge-summary")).setValue("Kurz");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("challenge-description")).setValue("Lang");
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("challenge-deadline"))
                .setValue(LocalDate.now(ZoneOffset.UTC).plusDays(40));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.crossfield.marketplace.Visibility> visibility =
                $(com.vaadin.flow.component.select.Select.class).id("challenge-visibility");
        visibility.setValue(org.crossfield.marketplace.Visibility.INVITE_ONLY);
        @SuppressWarnings("unchecked")
        ComboBox<CompetencySummary> competency = $(ComboBox.class).id("requirement-competency");
        competency.setValue(competency.getListDataView().getItems().filter(c -> c.code().equals("DSDA01")).findFirst().orElseThrow());
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("requirement-level")).setValue(3);
        test($(com.vaadin.flow.component.textfield.NumberField.class).id("requirement-weight")).setValue(1.0);
        test($(Button.class).id("add-requirement")).click();
        // a malformed address and one more than a challenge may invite: nobody is invited, the draft is not saved
        List<String> invitees = new ArrayList<>(List.of("kaputt"));
        for (int i = 0; i <= org.crossfield.identity.IdentityService.MAX_INVITEES; i++) {
            invitees.add("eingeladen" + i + "@uni.example");
        }
        test($(com.vaadin.flow.component.textfield.TextField.class).id("challenge-invitees")).setValue(String.join(", ", invitees));
        test($(Button.class).id("save-challenge")).click();

        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText()).isEqualTo(
                "„kaputt“ ist keine gültige E-Mail-Adresse. Zu einer Challenge können höchstens 200 Personen eingeladen werden.");
        assertThat(jdbc.queryForObject("select count(*) from challenge where title = ?", Integer.class, title)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like 'eingeladen%@uni.example'", Integer.class))
                .isZero();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorReviewsAPostingInGerman() {
        String title = "Frühwarnung Sepsis " + UUID.randomUUID();
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        long partner = jdbc.queryForObject("select id from app_user where email = 'partner@demo.crossfield.org'", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, created_at, version)
                select ?, organisation_id, id, ?, 'Kurzfassung', 'Beschreibung', ?, 'PUBLIC', 'SYNTHETIC', 'FEDERATED', 'SUBMITTED',
                  current_timestamp, current_timestamp, 0 from app_user where id = ?""",
                programme, title, java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(10)), partner);
        long id = jdbc.queryForObject("select max(id) from challenge where title = ?", Long.class, title);
        jdbc.update("insert into challenge_requirement (challenge_id, competency_code, level, weight, must_have) values (?, 'DSDA02', 4, 1, true)", id);

        navigate(ApprovalsView.class);
        assertGerman(List.of());
        @SuppressWarnings("unchecked")
        Grid<PostingSummary> grid = $(Grid.class).id("approvals-grid");
        PostingSummary row = grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow();
        grid.select(row);
        List<String> data = new ArrayList<>(List.of(row.title(), row.organisationName(), row.programmeName(), row.country()));
        assertGerman(data);
        assertThat(test($(Grid.class).id("preview-requirements")).getCellText(0, 0))
                .isEqualTo("Quantitative Methoden: Statistik, Zeitreihen, Optimierung, Simulation (DSDA02)");
        test($(Button.class).id("approve-posting")).click();
        assertGerman(data);
        test($(Button.class).id("confirmation-cancel")).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("review-comment")).setValue("Bitte die Datenquelle nennen.");
        test($(Button.class).id("send-back-posting")).click();
        assertGerman(data);
        test($(Button.class).id("confirmation-cancel")).click();
    }
}
