package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
 * Issue 6's journey: a student records a publication by BibTeX import and a conference talk in the collaboration
 * workspace (the screens of OutcomeJourneyIT); the coordinator opens Reports, narrows it to the programme, sees both
 * counted, and downloads the PDF and the XLSX, whose content is checked.
 */
class ReportsJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudentsPublicationAndTalkAreCountedInTheCoordinatorsReportAndItsDownloads() throws Exception {
        Map<String, Object> programme = jdbc.queryForMap("""
                select p.code, p.name from collaboration c join programme p on p.id = c.programme_id where c.id = ?""",
                OutcomeJourneyIT.demoCollaboration(jdbc));
        String code = (String) programme.get("code");
        String name = (String) programme.get("name");

        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        ReportsPage reports = ReportsPage.open(driver, baseUrl()).onlyProgramme(code, name);
        long publications = reports.number("JOINT_PUBLICATIONS");
        long talks = reports.number("CONFERENCE_TALKS");
        long outcomes = reports.outcomesTotal();
        coordinator.logOut();

        OutcomeJourneyIT.RecordedOutcomes recorded = OutcomeJourneyIT.studentRecordsAPublicationAndATalk(this, jdbc, true);
        new Pages.MainLayout(driver, baseUrl()).logOut();

        login().logInAs("coordinator@demo.crossfield.org", "demo");
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
                    .contains(recorded.publicationTitle())
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
