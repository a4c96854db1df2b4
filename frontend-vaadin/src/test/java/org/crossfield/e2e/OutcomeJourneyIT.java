package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student records a publication by BibTeX import and a conference talk in their collaboration's workspace.
 * (The reports journey continues from here with the coordinator's dashboard; it reuses {@link WorkspacePages}.)
 */
class OutcomeJourneyIT extends BrowserJourney {

    static final String STUDENT = "student@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;

    /** The demo student's collaboration. */
    long demoCollaboration() {
        return demoCollaboration(jdbc);
    }

    static long demoCollaboration(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id where u.email = ? "
                + "order by c.id limit 1", Long.class, STUDENT);
    }

    RecordedOutcomes studentRecordsAPublicationAndATalk() throws Exception {
        return studentRecordsAPublicationAndATalk(this, jdbc, false);
    }

    /**
     * The student's part, for journeys that go on from here (ReportsJourneyIT): logs in as the demo student, imports a
     * BibTeX publication ({@code joint}: marked joint public-private) and records a delivered conference talk.
     */
    static RecordedOutcomes studentRecordsAPublicationAndATalk(BrowserJourney journey, JdbcTemplate jdbc, boolean joint)
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String paper = "Federated survival models across hospitals " + tag;
        String talk = "Talk on federated survival models " + tag;
        Path bib = Files.createTempFile("crossfield-journey", ".bib");
        Files.writeString(bib, "@article{journey" + tag + ",\n  author = {Student, Stella and Mentor, Mona},\n  title = {"
                + paper + "},\n  journal = {Journal of Health Data Science},\n  year = {"
                + java.time.Year.now(java.time.ZoneOffset.UTC) + "},\n  doi = {10.5555/journey." + tag
                + "}\n}\n", StandardCharsets.UTF_8);
        long collaboration = demoCollaboration(jdbc);

        journey.login().logInAs(STUDENT, "demo");
        WorkspacePages.WorkspacePage workspace = WorkspacePages.CollaborationsPage.open(journey.driver, journey.baseUrl())
                .openCollaboration(collaboration);
        assertThat(workspace.importPublications(bib, 1, joint)).contains("1 publication imported");
        assertThat(workspace.outcomeCells()).contains(paper);
        assertThat(workspace.recordActivity("Participation in a conference", talk, List.of("Scientific community (higher "
                + "education and research)", "Industry"), 150)).contains("Activity saved.");
        assertThat(workspace.activityCells()).contains(talk, "Participation in a conference", "150");
        Browser.screenshot(journey.driver, "workspace-dissemination");
        return new RecordedOutcomes(collaboration, paper, talk);
    }

    record RecordedOutcomes(long collaborationId, String publicationTitle, String talkTitle) {
    }

    @Test
    void aStudentRecordsAPublicationByBibTeXImportAndAConferenceTalk() throws Exception {
        RecordedOutcomes recorded = studentRecordsAPublicationAndATalk();

        assertThat(jdbc.queryForObject("select count(*) from outcome where collaboration_id = ? and type_code = 'PUBLICATION' "
                + "and title = ? and orcid_work_type = 'journal-article'", Integer.class, recorded.collaborationId(),
                recorded.publicationTitle())).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select d.audience_code from dissemination_activity a join dissemination_audience d on d.activity_id = a.id
                where a.collaboration_id = ? and a.title = ? and a.activity_code = 'PART_CONFERENCE' and a.audience_size = 150
                order by d.audience_code""", String.class, recorded.collaborationId(), recorded.talkTitle()))
                .containsExactly("INDUSTRY", "SCIENTIFIC");
    }

    @Test
    void aCoordinatorOpensAReportingWindowAndAnyoneSeesOnlyPublicOutcomesOnTheShowcase() {
        long collaboration = demoCollaboration();
        login().logInAs("coordinator@demo.crossfield.org", "demo");
        WorkspacePages.ReportingWindowsPage windows = WorkspacePages.ReportingWindowsPage.open(driver, baseUrl());
        String title = "Journey report " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(windows.openWindow(title, java.time.LocalDate.now().plusDays(45))).contains(title);
        assertThat(windows.showsConfirmations()).isTrue();
        Browser.screenshot(driver, "reporting-windows");
        new Pages.MainLayout(driver, baseUrl()).logOut();

        String code = jdbc.queryForObject("select p.code from programme p join collaboration c on c.programme_id = p.id "
                + "where c.id = ?", String.class, collaboration);
        long publicOutcome = jdbc.queryForObject("select max(id) from outcome where collaboration_id = ? and is_public",
                Long.class, collaboration);
        long privateOutcome = jdbc.queryForObject("select max(id) from outcome where collaboration_id = ? and not is_public",
                Long.class, collaboration);
        WorkspacePages.ShowcasePage showcase = WorkspacePages.ShowcasePage.open(driver, baseUrl(), code);
        assertThat(showcase.showsOutcome(publicOutcome)).isTrue();
        assertThat(showcase.showsOutcome(privateOutcome)).isFalse();
        Browser.screenshot(driver, "showcase");
    }
}
