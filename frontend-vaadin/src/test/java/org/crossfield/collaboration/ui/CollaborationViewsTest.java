package org.crossfield.collaboration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.collaboration.OutcomeTypeView;
import org.crossfield.collaboration.OutcomeView;
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
        ComboBox<OutcomeTypeView> type = $(ComboBox.class).id("outcome-type");
        type.setValue(type.getListDataView().getItems().filter(OutcomeTypeView::isPublication).findFirst().orElseThrow());
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
        Grid<OutcomeView> grid = $(Grid.class).id("outcomes-grid");
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
        assertThat(test($(Notification.class).last()).getText()).contains("not a valid BibTeX file");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();

        String bib = "@article{one, title = {Imported by the view}, author = {Student, Stella}, journal = {JHDS}, year = {2026}}\n"
                + "@misc{two, title = {A second one}, year = {2025}}";
        test($(Upload.class).id("import-upload")).upload("refs.bib", "text/plain", bib.getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).id("import-state").getText()).contains("2 publications found");
        assertThat(outcomes(c)).isEqualTo(before);
        test($(Button.class).id("import-confirm")).click();
        assertThat(outcomes(c)).isEqualTo(before + 2);
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorReadsTheWorkspaceOpensAReportingWindowAndSeesWhoHasNotConfirmed() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        assertThat($(Button.class).withId("add-outcome").exists()).isFalse();
        assertThat(test($(Grid.class).id("outcomes-grid")).size()).isPositive();

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
