package org.crossfield.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.crossfield.Application;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.MentorSettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class MatchingViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MentorSettingsService settings;

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorSeesTenExplainedMentorsForTheirProject() {
        long project = jdbc.queryForObject("""
                select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org'""", Long.class);
        navigate("projects/" + project + "/mentors", RecommendedMentorsView.class);
        Grid<?> grid = $(Grid.class).id("mentor-recommendations");
        assertThat(test(grid).size()).isEqualTo(10);
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void aMentorChangesCapacityAndIsToldWhenADeclarationIsIncomplete() {
        navigate(MentoringView.class);
        test($(IntegerField.class).id("capacity")).setValue(3);
        test($(Button.class).id("save-capacity")).click();
        assertThat(settings.mySettings().capacity()).isEqualTo(3);

        test($(Button.class).id("declare-conflict")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("either an organisation or a person");
        assertThat(test($(Grid.class).id("project-recommendations")).size()).isPositive();
    }

    /**
     * Issue 17: the page said "Accepted matches: 0 of 2" while the mentor worked in an active collaboration started by a
     * student's accepted offer. Every active collaboration she mentors counts, however it started.
     */
    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void aCollaborationStartedByAnOfferCountsAmongTheMentorsMenteesNow() {
        long before = settings.mySettings().menteesNow();
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, status, started_at, demo, version)
                select programme_id, 'Mentor load test (started by an offer)', 'OFFER', project_id, student_id, supervisor_id,
                    (select id from app_user where email = 'mentor@demo.crossfield.org'), partner_organisation_id,
                    academic_organisation_id, 'ACTIVE', started_at, false, 0 from collaboration where id = (select min(id) from collaboration)""");
        assertThat(settings.mySettings().menteesNow()).isEqualTo(before + 1);
        navigate(MentoringView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("mentor-load").getText())
                .startsWith("Mentees now: " + (before + 1) + " of your capacity of " + settings.mySettings().capacity() + ".")
                .contains("accepted offer");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorComparesTheThreeMethodsAndPublishesOneAfterConfirming() {
        navigate(AllocationAdminView.class);
        test($(Button.class).id("compare-allocations")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("Computed the three allocations");
        assertThat($(VerticalLayout.class).id("allocation-comparison").isVisible()).isTrue();
        Grid<?> figures = $(Grid.class).id("comparison-figures");
        assertThat(test(figures).size()).isGreaterThanOrEqualTo(5);
        assertThat(test(figures).getCellText(0, 0)).isEqualTo("Students allocated");
        assertThat(test(figures).getCellText(test(figures).size() - 1, 0)).isEqualTo("Blocking pairs");
        assertThat(test(figures).getCellText(test(figures).size() - 1, 1)).as("stable has none").isEqualTo("0");
        assertThat($(Svg.class).first().getElement().getProperty("innerHTML")).contains("<svg").contains("Generous");
        assertThat(test($(Grid.class).id("comparison-loads")).size()).isPositive();

        // nothing is published without a method and a confirmation
        test($(Button.class).id("publish-allocation")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("Choose the method");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> method = $(RadioButtonGroup.class).id("publish-method");
        method.setValue("generous");
        int publishedBefore = jdbc.queryForObject("select count(*) from allocation_run where status = 'PUBLISHED'", Integer.class);
        test($(Button.class).id("publish-allocation")).click();
        assertThat($(Dialog.class).id("publish-dialog").isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from allocation_run where status = 'PUBLISHED'", Integer.class))
                .as("nothing is published before the confirmation").isEqualTo(publishedBefore);
        test($(Button.class).id("confirm-publish")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("Published the generous allocation");
        assertThat($(Paragraph.class).id("allocation-summary").getText()).startsWith("Generous · published");
        assertThat(test($(Grid.class).id("allocation-grid")).size()).isPositive();
        assertThat($(VerticalLayout.class).withId("allocation-comparison").all()).as("the comparison is put away").isEmpty();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aStudentSeesTheirRankingAndCannotOpenRounds() {
        navigate(MyRankingView.class);
        assertThat(test($(Grid.class).id("ranking-grid")).size()).isPositive();
        // a row goes straight to the rank typed into its position field
        Grid<ProjectSummary> ranking = $(Grid.class).id("ranking-grid");
        int rows = test(ranking).size();
        if (rows >= 2) {
            ProjectSummary last = test(ranking).getRow(rows - 1);
            test((IntegerField) test(ranking).getCellComponent(rows - 1, 0)).setValue(1);
            assertThat(test(ranking).getRow(0)).isEqualTo(last);
            assertThat(((IntegerField) test(ranking).getCellComponent(0, 0)).getValue()).isEqualTo(1);
        }
        // only projects the student applied to are offered
        ComboBox<ProjectSummary> add = $(ComboBox.class).id("add-project");
        java.util.List<Long> offered = add.getListDataView().getItems().map(ProjectSummary::id).toList();
        java.util.List<Long> applied = jdbc.queryForList("""
                select a.posting_id from application a join app_user u on u.id = a.student_id join phd_project p on p.id = a.posting_id
                where u.email = 'student@demo.crossfield.org' and a.posting_type = 'PROJECT' and p.status = 'OPEN'
                and a.status in ('SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED', 'OFFERED', 'ACCEPTED')""", Long.class);
        assertThat(offered).isNotEmpty().containsExactlyInAnyOrderElementsOf(applied);
        assertThat($(Paragraph.class).withId("ranking-no-applications").exists()).isFalse();
        try {
            navigate(RoundsView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // refused by view access control
        }
        assertThat(getCurrentView()).isNotInstanceOf(RoundsView.class);
    }
}
