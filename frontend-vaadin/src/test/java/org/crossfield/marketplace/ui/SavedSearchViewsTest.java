package org.crossfield.marketplace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crossfield.Application;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.SavedSearchSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Saving a search from "Find postings", managing it under "My saved searches", and the end of a posting's life. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class SavedSearchViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private long savedSearches(String email) {
        return jdbc.queryForObject("select count(*) from saved_search s join app_user u on u.id = s.owner_id where u.email = ?",
                Long.class, email);
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aStudentSavesASearchThenRenamesSwitchesOpensAndDeletesIt() {
        navigate(FindPostingsView.class);
        test($(TextField.class).id("posting-search")).setValue("sepsis federated");
        Select<PostingKind> kind = $(Select.class).id("posting-kind");
        test(kind).selectItem("Challenges");
        long before = savedSearches("student@demo.crossfield.org");

        test($(Button.class).id("save-search")).click();
        TextField name = $(TextField.class).id("saved-search-name");
        assertThat(name.getValue()).as("the words suggest a name").isEqualTo("sepsis federated");
        test(name).setValue("");
        test($(Button.class).id("saved-search-confirm")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(savedSearches("student@demo.crossfield.org")).isEqualTo(before);
        test(name).setValue("Sepsis challenges");
        test($(Button.class).id("saved-search-confirm")).click();
        assertThat(savedSearches("student@demo.crossfield.org")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select concat(posting_kind, '|', search_text, '|', alerts) from saved_search where name = ?",
                String.class, "Sepsis challenges")).isEqualTo("CHALLENGE|sepsis federated|1");

        navigate(SavedSearchesView.class);
        Grid<SavedSearchSummary> grid = $(Grid.class).id("saved-searches-grid");
        int row = rowOf(grid, "Sepsis challenges");
        assertThat(test(grid).getCellText(row, 1)).contains("challenges", "words \"sepsis federated\"", "open");
        long id = grid.getListDataView().getItem(row).id();

        test((Checkbox) test(grid).getCellComponent(row, 2)).click();
        assertThat(jdbc.queryForObject("select alerts from saved_search where id = ?", Boolean.class, id)).isFalse();

        button(grid, rowOf(grid, "Sepsis challenges"), 1).click();
        test($(TextField.class).id("saved-search-name")).setValue("Sepsis, challenges only");
        test($(Button.class).id("saved-search-confirm")).click();
        assertThat(jdbc.queryForObject("select name from saved_search where id = ?", String.class, id)).isEqualTo("Sepsis, challenges only");

        openSaved(id);
        assertThat($(TextField.class).id("posting-search").getValue()).isEqualTo("sepsis federated");
        assertThat(((Select<PostingKind>) $(Select.class).id("posting-kind")).getValue()).isEqualTo(PostingKind.CHALLENGE);

        navigate(SavedSearchesView.class);
        grid = $(Grid.class).id("saved-searches-grid");
        button(grid, rowOf(grid, "Sepsis, challenges only"), 2).click();
        test($(Button.class).id("confirm-delete-saved-search")).click();
        assertThat(jdbc.queryForObject("select count(*) from saved_search where id = ?", Long.class, id)).isZero();
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void someoneElsesSavedSearchDoesNotOpen() {
        long student = jdbc.queryForObject("select id from app_user where email = 'student@demo.crossfield.org'", Long.class);
        jdbc.update("""
                insert into saved_search (owner_id, name, search_text, posting_status, alerts, created_at, version)
                values (?, 'Not the mentor''s', 'secretword', 'OPEN', true, current_timestamp, 0)""", student);
        long id = jdbc.queryForObject("select max(id) from saved_search where owner_id = ?", Long.class, student);
        openSaved(id);
        assertThat($(TextField.class).id("posting-search").getValue()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).contains("does not exist");
        navigate(SavedSearchesView.class);
        Grid<SavedSearchSummary> grid = $(Grid.class).id("saved-searches-grid");
        assertThat(grid.getListDataView().getItems()).noneMatch(s -> s.id() == id);
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void aPartnerAwardsThenArchivesAClosedChallenge() {
        long partner = jdbc.queryForObject("select id from app_user where email = 'partner@demo.crossfield.org'", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, published_at, closed_at, created_at, version)
                select (select min(id) from programme), organisation_id, id, 'Closed, to be awarded', 'A summary', 'A description', ?,
                  'PUBLIC', 'SYNTHETIC', 'FEDERATED', 'CLOSED', current_timestamp, current_timestamp, current_timestamp,
                  current_timestamp, 0 from app_user where id = ?""", java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                partner);
        long id = jdbc.queryForObject("select max(id) from challenge where title = 'Closed, to be awarded'", Long.class);
        navigate(MyChallengesView.class);
        assertThat($(Button.class).withId("award-challenge").exists()).as("nothing is selected").isFalse();
        Grid<org.crossfield.marketplace.PostingSummary> grid = $(Grid.class).id("my-challenges-grid");
        grid.select(grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow());
        assertThat($(Button.class).withId("archive-challenge").exists()).isTrue();
        test($(Button.class).id("award-challenge")).click();
        assertThat(jdbc.queryForObject("select status from challenge where id = ?", String.class, id)).isEqualTo("AWARDED");
        assertThat($(Button.class).withId("award-challenge").exists()).as("an awarded challenge is only archived").isFalse();
        test($(Button.class).id("archive-challenge")).click();
        assertThat(jdbc.queryForObject("select status from challenge where id = ?", String.class, id)).isEqualTo("ARCHIVED");
        assertThat($(Button.class).withId("archive-challenge").exists()).isFalse();
        assertThat($(Span.class).id("challenge-status").getText()).startsWith("Archived");
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorClosesAwardsAndArchivesAnOpenProject() {
        jdbc.update("""
                insert into phd_project (programme_id, organisation_id, supervisor_id, title, research_question, mentor_slots, status,
                  created_at, published_at, version)
                select (select min(id) from programme), organisation_id, id, 'Open, to be closed', 'Why?', 1, 'OPEN',
                  current_timestamp, current_timestamp, 0 from app_user where email = 'supervisor@demo.crossfield.org'""");
        long id = jdbc.queryForObject("select max(id) from phd_project where title = 'Open, to be closed'", Long.class);
        navigate(MyProjectsView.class);
        Grid<org.crossfield.marketplace.ProjectSummary> grid = $(Grid.class).id("my-projects-grid");
        grid.select(grid.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow());
        try {
            assertThat($(Button.class).withId("award-project").exists()).as("an open project is closed first").isFalse();
            test($(Button.class).id("close-project")).click();
            assertThat(status(id)).isEqualTo("CLOSED");
            assertThat($(Button.class).withId("close-project").exists()).isFalse();
            test($(Button.class).id("award-project")).click();
            assertThat(status(id)).isEqualTo("AWARDED");
            test($(Button.class).id("archive-project")).click();
            assertThat(status(id)).isEqualTo("ARCHIVED");
        } finally {
            // other tests look for the newest open project: this one must not stay open
            jdbc.update("update phd_project set status = 'ARCHIVED' where id = ?", id);
        }
    }

    private void openSaved(long id) {
        UI.getCurrent().navigate(FindPostingsView.class, QueryParameters.of(FindPostingsView.SAVED_PARAMETER, String.valueOf(id)));
        assertThat(getCurrentView()).isInstanceOf(FindPostingsView.class);
    }

    private String status(long project) {
        return jdbc.queryForObject("select status from phd_project where id = ?", String.class, project);
    }

    private static int rowOf(Grid<SavedSearchSummary> grid, String name) {
        java.util.List<SavedSearchSummary> items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no saved search " + name);
    }

    private Button button(Grid<SavedSearchSummary> grid, int row, int index) {
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 4);
        return (Button) actions.getComponentAt(index);
    }
}
