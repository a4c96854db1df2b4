package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator opens Reports, narrows it to the demo student's programme, sees a new joint publication and a new
 * conference talk counted, and downloads the PDF and the XLSX, whose content is checked. The publication and the talk
 * are inserted here as the student would record them; OutcomeJourneyIT (collaboration workspace) records them through
 * the screens, and the two journeys are meant to run as one.
 */
class ReportsJourneyIT extends BrowserJourney {

    static final String PUBLICATION = "Federated survival models across registries (journey)";
    static final String TALK = "Talk at the European Health Data Conference (journey)";

    @Autowired
    JdbcTemplate jdbc;

    /** What the student records in OutcomeJourneyIT: a joint publication and a delivered conference talk, today. */
    private void studentRecordsAPublicationAndATalk(long collaboration, long student) {
        LocalDate today = LocalDate.now();
        jdbc.update("""
                insert into outcome (collaboration_id, type_code, title, occurred_on, recorded_by, doi, authors, venue,
                  joint_public_private, created_at) values (?, 'PUBLICATION', ?, ?, ?, '10.1234/journey.1', 'S. Student; M. Mentor',
                  'Journal of Health Data Science', true, now())""", collaboration, PUBLICATION, today, student);
        jdbc.update("""
                insert into dissemination_activity (collaboration_id, activity_code, title, occurred_on, audience_size, status,
                  recorded_by, created_at) values (?, 'PART_CONFERENCE', ?, ?, 150, 'DELIVERED', ?, now())""",
                collaboration, TALK, today, student);
    }

    @Test
    void aCoordinatorSeesNewOutcomesCountedAndDownloadsThePdfAndTheWorkbook() throws Exception {
        Map<String, Object> collaboration = jdbc.queryForMap("""
                select c.id, c.student_id, p.code, p.name from collaboration c join programme p on p.id = c.programme_id
                join app_user u on u.id = c.student_id where u.email = 'student@demo.crossfield.org' order by c.id limit 1""");
        String code = (String) collaboration.get("code");
        String name = (String) collaboration.get("name");

        login().logInAs("coordinator@demo.crossfield.org", "demo");
        ReportsPage reports = ReportsPage.open(driver, baseUrl()).onlyProgramme(code, name);
        long publications = reports.number("JOINT_PUBLICATIONS");
        long talks = reports.number("CONFERENCE_TALKS");
        long outcomes = reports.outcomesTotal();

        studentRecordsAPublicationAndATalk(((Number) collaboration.get("id")).longValue(),
                ((Number) collaboration.get("student_id")).longValue());

        reports = ReportsPage.open(driver, baseUrl()).onlyProgramme(code, name);
        assertThat(reports.status()).startsWith("Report for " + name + ", ");
        assertThat(reports.number("JOINT_PUBLICATIONS")).isEqualTo(publications + 1);
        assertThat(reports.number("CONFERENCE_TALKS")).isEqualTo(talks + 1);
        assertThat(reports.outcomesTotal()).isEqualTo(outcomes + 1);
        Browser.screenshot(driver, "reports-dashboard");

        try (PDDocument pdf = Loader.loadPDF(reports.download("download-pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Impact report").contains(name)
                    .contains("Key performance indicators")
                    .contains("Joint public-private publications count")
                    .contains(PUBLICATION)
                    .contains("Participation in a conference");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(reports.download("download-xlsx")))) {
            Row joint = wb.getFirstSheet().read().stream().filter(r -> "JOINT_PUBLICATIONS".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(joint.getCellAsNumber(5).orElseThrow().longValue()).isEqualTo(publications + 1);
            Row talksRow = wb.getFirstSheet().read().stream().filter(r -> "CONFERENCE_TALKS".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(talksRow.getCellAsNumber(5).orElseThrow().longValue()).isEqualTo(talks + 1);
        }
    }
}
