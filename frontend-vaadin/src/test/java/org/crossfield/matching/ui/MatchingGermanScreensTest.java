package org.crossfield.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossfield.Application;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.ProposalSummary;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The matching screens in German, with no untranslated key and no common English UI word: the coordinator's
 * {@link RoundsView}, {@link RoundDetailsView} (a round the test creates and runs) and {@link AllocationAdminView} (with
 * its comparison computed), the supervisor's {@link RecommendedMentorsView}, {@link RankStudentsView} and
 * {@link ProposalsView}, the student's {@link MyRankingView} and the mentor's {@link MentoringView} and
 * {@link ProposalsView}; a round's explanations (recorded by the run, worded when shown) and refusals from the backend
 * arrive in German too.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class MatchingGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatchingRoundService rounds;
    @Autowired
    CompetencyFrameworkService framework;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static void assertGerman(String screen) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts on " + screen).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void theCoordinatorsRoundsAndAllocationAreGerman() {
        navigate(RoundsView.class);
        assertGerman("the rounds");
        test($(TextField.class).id("round-name")).setValue("Deutsche Runde " + System.nanoTime());
        test($(Button.class).id("create-round")).click();
        assertThat(getCurrentView()).isInstanceOf(RoundDetailsView.class);
        assertGerman("a new round");
        long roundId = jdbc.queryForObject("select max(id) from matching_round", Long.class);
        rounds.run(roundId);
        navigate("matching/rounds/" + roundId, RoundDetailsView.class);
        assertThat($(Paragraph.class).id("round-figures").getText()).contains("Mentorenplätzen besetzt");
        assertGerman("a round that ran");
        // each proposal's explanation, as a row's details show it: in German words from what the round recorded
        Map<String, String> names = Explanations.names(framework.activeFramework(), Locale.GERMAN);
        assertThat(names.get("DSDA01")).as("the competencies named in German")
                .isEqualTo(org.crossfield.i18n.Translations.find("reference.competency.DSDA01", Locale.GERMAN).orElseThrow());
        RoundDetailsView view = (RoundDetailsView) getCurrentView();
        Grid<ProposalSummary> proposals = $(Grid.class).id("proposal-grid");
        List<ProposalSummary> made = proposals.getListDataView().getItems().toList();
        assertThat(made).isNotEmpty();
        for (ProposalSummary p : made) {
            if (!p.explanation().isBlank()) {
                assertThat(p.lines()).as("the recorded explanation reads back into lines").isNotEmpty();
            }
            Component why = Explanations.of(p, names, view);
            assertThat(why.getElement().getTextRecursively()).doesNotContain("level", "weight", "Meets", "asked");
            assertThat(ScreenTexts.untranslatedIn(List.of(why), names.values())).as("untranslated texts in why " + p.id()).isEmpty();
        }

        navigate(AllocationAdminView.class);
        test($(Button.class).id("compare-allocations")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Die drei Zuteilungen wurden berechnet");
        assertGerman("the allocation comparison");
        test($(Button.class).id("publish-allocation")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Wählen Sie das zu veröffentlichende Verfahren.");
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void theSupervisorsScreensAreGerman() {
        long project = jdbc.queryForObject("""
                select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org'""", Long.class);
        navigate("projects/" + project + "/mentors", RecommendedMentorsView.class);
        assertGerman("the recommended mentors");
        navigate(RankStudentsView.class);
        assertGerman("ranking students");
        navigate(ProposalsView.class);
        assertGerman("the match proposals");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void theStudentsRankingIsGerman() {
        navigate(MyRankingView.class);
        assertGerman("my project ranking");
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void theMentorsScreensAndRefusalsAreGerman() {
        navigate(MentoringView.class);
        assertGerman("mentoring");
        test($(Button.class).id("declare-conflict")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Wählen Sie für den Interessenkonflikt entweder eine Organisation oder eine Person.");
        navigate(ProposalsView.class);
        assertGerman("the match proposals");
    }
}
