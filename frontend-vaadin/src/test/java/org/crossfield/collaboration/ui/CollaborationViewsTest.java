package org.crossfield.collaboration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.collaboration.MilestoneEntry;
import org.crossfield.collaboration.OutcomeTypeSummary;
import org.crossfield.collaboration.OutcomeSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class CollaborationViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private long demoCollaboration() {
        return jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id "
                + "where u.email = 'student@demo.crossfield.org' order by c.id limit 1", Long.class);
    }

    private int outcomes(long collaboration) {
        return jdbc.queryForObject("select count(*) from outcome where collaboration_id = ?", Integer.class, collaboration);
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentSeesTheirCollaborationAndRecordsAnOutcomeWhoseFieldsFollowItsType() {
        long c = demoCollaboration();
        navigate(MyCollaborationsView.class);
        assertThat(test($(Grid.class).id("my-collaborations-grid")).size()).isPositive();

        navigate("collaborations/" + c, WorkspaceView.class);
        assertThat($(H2.class).id("workspace-title").getText()).isNotBlank();
        int before = outcomes(c);
        test($(Button.class).id("add-outcome")).click();
        @SuppressWarnings("unchecked")
        ComboBox<OutcomeTypeSummary> type = $(ComboBox.class).id("outcome-type");
        type.setValue(type.getListDataView().getItems().filter(OutcomeTypeSummary::isPublication).findFirst().orElseThrow());
        assertThat($(TextField.class).id("outcome-doi").isVisible()).isTrue();
        test($(TextField.class).id("outcome-title")).setValue("Browserless publication");
        test($(TextField.class).id("outcome-doi")).setValue("not a doi");
        test($(Button.class).id("save-outcome")).click();
        assertThat($(TextField.class).id("outcome-doi").isInvalid()).isTrue();
        assertThat(outcomes(c)).isEqualTo(before);

        test($(TextField.class).id("outcome-doi")).setValue("10.5555/browserless." + UUID.randomUUID().toString().substring(0, 6));
        test($(Button.class).id("save-outcome")).click();
        assertThat(outcomes(c)).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<OutcomeSummary> grid = $(Grid.class).id("outcomes-grid");
        assertThat(test(grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aBadBibTeXFileIsRefusedAndAGoodOneIsImportedAfterConfirming() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        int before = outcomes(c);
        test($(Button.class).id("import-publications")).click();
        test($(Upload.class).id("import-upload")).upload("broken.bib", "text/plain",
                "@article{x, title = {Unclosed".getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).id("import-state").getText()).isEqualTo("broken.bib (BibTeX): Import 0 of 0; 1 entry cannot "
                + "be imported.");
        assertThat(test($(Grid.class).id("import-refused")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("import-refused")).getCellText(0, 2))
                .isEqualTo("The value of “title” on line 1 does not end: a “}” is missing.");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();

        String bib = "@article{one, title = {Imported by the view}, author = {Student, Stella}, journal = {JHDS}, year = {2026}}\n"
                + "@misc{two, title = {A second one}, year = {2025}}\n@misc{three, year = {2025}}";
        test($(Upload.class).id("import-upload")).upload("refs.bib", "text/plain", bib.getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).id("import-state").getText()).isEqualTo("refs.bib (BibTeX): Import 2 of 2; 1 entry cannot be "
                + "imported.");
        assertThat(test($(Grid.class).id("import-refused")).getCellText(0, 0)).isEqualTo("three");
        assertThat(outcomes(c)).isEqualTo(before);
        test($(Button.class).id("import-confirm")).click();
        assertThat(outcomes(c)).isEqualTo(before + 2);
    }

    private void openTab(String id) {
        $(TabSheet.class).id("workspace-tabs").setSelectedTab($(Tab.class).id(id));
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentAddsAMilestoneTicksItOffAndBadInputKeepsWhatWasTyped() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        openTab("tab-milestones");
        String title = "Browserless milestone " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("milestone-title")).setValue(title);
        test($(Button.class).id("add-milestone")).click();
        assertThat(lastNotification()).isEqualTo("Give the milestone a due date.");
        assertThat($(TextField.class).id("milestone-title").getValue()).isEqualTo(title);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_milestone where title = ?", Integer.class, title)).isZero();

        test($(DatePicker.class).id("milestone-due")).setValue(LocalDate.now().minusDays(3));
        test($(Button.class).id("add-milestone")).click();
        long id = jdbc.queryForObject("select id from collaboration_milestone where title = ? and collaboration_id = ?", Long.class,
                title, c);
        assertThat($(TextField.class).id("milestone-title").getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        GridTester<Grid<MilestoneEntry>, MilestoneEntry> grid = test((Grid<MilestoneEntry>) $(Grid.class).id("milestones-grid"));
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == id).findFirst().orElseThrow();
        assertThat(grid.getCellText(row, 1)).isEqualTo(title);
        assertThat(grid.getCellText(row, 3)).isEqualTo("Overdue");

        test((Checkbox) grid.getCellComponent(row, 0)).click();
        assertThat(jdbc.queryForObject("select done from collaboration_milestone where id = ?", Boolean.class, id)).isTrue();
        assertThat(grid.getCellText(row, 3)).isEmpty();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentAddsMeetingNotesAndIsToldWhatIsMissing() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        openTab("tab-meetings");
        int before = jdbc.queryForObject("select count(*) from collaboration_meeting where collaboration_id = ?", Integer.class, c);
        String notes = "Agreed the data access plan " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextArea.class).id("meeting-notes-text")).setValue(notes);
        test($(Button.class).id("add-meeting")).click();
        assertThat(lastNotification()).isEqualTo("Say who attended the meeting.");
        assertThat($(TextArea.class).id("meeting-notes-text").getValue()).isEqualTo(notes);

        test($(TextField.class).id("meeting-attendees")).setValue("Stella Student, Sam Supervisor");
        test($(Button.class).id("add-meeting")).click();
        assertThat(lastNotification()).isEqualTo("Meeting notes added.");
        long id = jdbc.queryForObject("select id from collaboration_meeting where notes = ?", Long.class, notes);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_meeting where collaboration_id = ?", Integer.class, c))
                .isEqualTo(before + 1);
        assertThat($(Div.class).id("meeting-" + id).getElement().getTextRecursively()).contains("Stella Student", notes);
        assertThat($(TextArea.class).id("meeting-notes-text").getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorReadsTheWorkspaceOpensAReportingWindowAndSeesWhoHasNotConfirmed() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        assertThat($(Button.class).withId("add-outcome").exists()).isFalse();
        assertThat(test($(Grid.class).id("outcomes-grid")).size()).isPositive();
        // milestones and meetings are read-only for a coordinator
        openTab("tab-milestones");
        assertThat($(Button.class).withId("add-milestone").exists()).isFalse();
        @SuppressWarnings("unchecked")
        GridTester<Grid<MilestoneEntry>, MilestoneEntry> milestones = test((Grid<MilestoneEntry>) $(Grid.class).id("milestones-grid"));
        assertThat(milestones.size()).isPositive();
        assertThat(((Checkbox) milestones.getCellComponent(0, 0)).isEnabled()).isFalse();
        openTab("tab-meetings");
        assertThat($(Button.class).withId("add-meeting").exists()).isFalse();
        long meeting = jdbc.queryForObject("select max(id) from collaboration_meeting where collaboration_id = ?", Long.class, c);
        assertThat($(Div.class).id("meeting-" + meeting).isVisible()).isTrue();

        navigate(ReportingWindowsView.class);
        String title = "Browserless report " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("window-title")).setValue(title);
        test($(DatePicker.class).id("window-due")).setValue(LocalDate.now().plusDays(40));
        test($(Button.class).id("open-window")).click();
        assertThat(jdbc.queryForObject("select count(*) from reporting_window where title = ?", Integer.class, title)).isEqualTo(1);
        assertThat($(Grid.class).id("confirmations-grid").isVisible()).isTrue();
        assertThat(test($(Grid.class).id("confirmations-grid")).size()).isPositive();
    }

    @Test
    @WithAnonymousUser
    void theShowcaseLandingPageHasACardPerProgrammeWithWhatItShared() {
        navigate("showcase", ShowcaseView.class);
        List<Map<String, Object>> programmes = jdbc.queryForList("select code, name from programme");
        assertThat(programmes).isNotEmpty();
        for (Map<String, Object> p : programmes) {
            Anchor open = $(Anchor.class).id("showcase-programme-" + p.get("code"));
            assertThat(open.getHref()).isEqualTo("showcase/" + p.get("code"));
        }
        assertThat($(Div.class).id("showcase-programmes").getElement().getTextRecursively()).contains("shared",
                (String) programmes.getFirst().get("name"));
    }

    @Test
    @WithAnonymousUser
    void theShowcaseShowsPublicOutcomesOnlyWithoutLogin() {
        long c = demoCollaboration();
        String code = jdbc.queryForObject("select p.code from programme p join collaboration c on c.programme_id = p.id "
                + "where c.id = ?", String.class, c);
        navigate("showcase/" + code, ShowcaseView.class);
        Long publicOutcome = jdbc.queryForObject("select max(id) from outcome where collaboration_id = ? and is_public", Long.class, c);
        Long privateOutcome = jdbc.queryForObject("select max(id) from outcome where collaboration_id = ? and not is_public", Long.class, c);
        assertThat($(Div.class).withId("showcase-outcome-" + publicOutcome).exists()).isTrue();
        assertThat($(Div.class).withId("showcase-outcome-" + privateOutcome).exists()).isFalse();
    }
}
