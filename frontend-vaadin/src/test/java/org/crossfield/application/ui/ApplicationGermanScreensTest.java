package org.crossfield.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossfield.Application;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingQuestionService;
import org.crossfield.application.PostingQuestionSummary;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application screens in German leave no key marker and no English UI word: the apply form of an open project,
 * "My applications" with the withdraw confirmation open, the coordinator's "Programme applications", and the reviewers'
 * "Applications" (the list, its filters and the section for one's postings' questions, team and criteria). The project's
 * own data (title, organisation, supervisor, its questions) is English in the demo and is taken out before the check.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ApplicationGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    PostingQuestionService questions;
    @Autowired
    ProjectService projects;

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

    private long freshProject() {
        return jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN' and not exists (select 1 from application a
                join app_user u on u.id = a.student_id where a.posting_id = p.id and u.email = 'student@demo.crossfield.org')""",
                Long.class);
    }

    private List<String> projectData(long id) {
        ProjectSummary p = projects.project(id).summary();
        List<String> data = new ArrayList<>(List.of(p.title(), p.organisationName(), p.supervisorName()));
        questions.questions(PostingType.PROJECT, id).stream().map(PostingQuestionSummary::text).forEach(data::add);
        return data;
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentAppliesAndWithdrawsInGerman() {
        long project = freshProject();
        navigate("projects/" + project + "/apply", ApplyView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), projectData(project))).isEmpty();

        long id = applications.saveDraft(new SaveApplicationCmd(PostingType.PROJECT, project, "Motiviert.", Map.of(), null)).id();
        jdbc.update("update application set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?", id);
        navigate(MyApplicationsView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), List.of())).isEmpty();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.crossfield.application.ApplicationSummary> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("my-applications-grid");
        List<org.crossfield.application.ApplicationSummary> rows = grid.getListDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == id).findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(row, 4);
        // the row's own buttons are German too
        assertThat(ScreenTexts.untranslatedIn(List.of(actions), List.of())).isEmpty();
        test(actions.getChildren().filter(c -> c.getId().orElse("").equals("withdraw-" + id)).map(Button.class::cast)
                .findFirst().orElseThrow()).click();
        assertThat($(Dialog.class).id("confirmation").isOpened()).isTrue();
        assertThat(ScreenTexts.untranslatedIn(shown(), projectData(project))).isEmpty();
        test($(Button.class).id("confirmation-cancel")).click();

        navigate("projects/" + project + "/apply", ApplyView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), projectData(project))).as("what was sent, read-only").isEmpty();
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorReadsTheApplicationsInGerman() {
        navigate(ApplicationsReviewView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), List.of())).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorReadsTheProgrammeApplicationsInGerman() {
        navigate(ProgrammeApplicationsView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), List.of())).isEmpty();
    }
}
