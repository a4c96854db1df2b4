package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's journey: the student imports a bibliography with good and bad entries, sees the refused ones with their
 * reasons, imports the rest after dating the undated one, and the coordinator's report counts each publication in the
 * year it belongs to (never the undated one in the year of the import).
 */
class BibliographyImportJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudentImportsARealBibliographyAndTheReportCountsItInTheRightYears() throws Exception {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int lastYear = thisYear - 1;
        long collaboration = OutcomeJourneyIT.demoCollaboration(jdbc);
        Map<String, Object> programme = jdbc.queryForMap("""
                select p.code, p.name from collaboration c join programme p on p.id = c.programme_id where c.id = ?""",
                collaboration);
        String code = (String) programme.get("code");
        String name = (String) programme.get("name");
        String tag = UUID.randomUUID().toString().substring(0, 6);

        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        ReportsPage reports = ReportsPage.open(driver, baseUrl()).onlyProgramme(code, name);
        long thisYearBefore = reports.number("JOINT_PUBLICATIONS");
        long lastYearBefore = reports.year(lastYear).number("JOINT_PUBLICATIONS");
        coordinator.logOut();

        Path bib = Files.createTempFile("crossfield-bibliography", ".bib");
        Files.writeString(bib, """
                Exported from the student's thesis; this line is a comment to BibTeX.
                @string{jhds = "Journal of Health Data Science"}
                @article{current%1$s,
                  author  = {Micha{\\l} Kowalski and {\\c{C}}etinkaya, Elif},
                  title   = {Federated survival models %1$s},
                  journal = jhds,
                  year    = {%2$d},
                  doi     = {https://doi.org/10.5555/BIB.%1$s}
                }
                @article{notitle%1$s,
                  author = {Nobody, No},
                  year   = {%2$d}
                }
                @inproceedings{older%1$s,
                  author    = {Urba\\'{n}ski, Jan},
                  title     = {Synthetic cohorts for {ICU} data %1$s},
                  booktitle = {Proceedings of MIE},
                  date      = {%3$d-09}
                }
                @article{hastings%1$s,
                  title = {The battle of Hastings %1$s},
                  year  = {1066}
                }
                @misc{undated%1$s,
                  author = {Aks{\\i}n, Deniz},
                  title  = {An undated working note %1$s}
                }
                """.formatted(tag, thisYear, lastYear), StandardCharsets.UTF_8);

        login().logInAs(OutcomeJourneyIT.STUDENT, "demo");
        WorkspacePages.WorkspacePage workspace = WorkspacePages.CollaborationsPage.open(driver, baseUrl())
                .openCollaboration(collaboration);
        assertThat(workspace.uploadBibliography(bib)).isEqualTo(bib.getFileName() + " (BibTeX): Import 3 of 3; 1 has no date; "
                + "2 entries cannot be imported.");
        assertThat(workspace.refusedEntries()).containsSubsequence("notitle" + tag, "10", "It has no title.",
                "hastings" + tag, "20", "1066 is not a plausible year of publication; it must lie between 1450 and "
                        + (thisYear + 1) + ".");
        workspace.dateUndatedEntry(24, LocalDate.of(lastYear, 6, 15));
        assertThat(workspace.confirmImport(true, "workspace-import")).contains("3 publications imported");
        assertThat(workspace.outcomeCells()).contains("Federated survival models " + tag, "Synthetic cohorts for ICU data " + tag,
                "An undated working note " + tag);
        assertThat(jdbc.queryForList("select concat(title, ' | ', authors, ' | ', occurred_on) from outcome "
                + "where collaboration_id = ? and title like ? order by title", String.class, collaboration, "%" + tag))
                .containsExactly(
                        "An undated working note " + tag + " | Aksın, Deniz | " + lastYear + "-06-15",
                        "Federated survival models " + tag + " | Michał Kowalski; Çetinkaya, Elif | " + thisYear + "-01-01",
                        "Synthetic cohorts for ICU data " + tag + " | Urbański, Jan | " + lastYear + "-09-01");
        new Pages.MainLayout(driver, baseUrl()).logOut();

        login().logInAs("coordinator@demo.crossfield.org", "demo");
        reports = ReportsPage.open(driver, baseUrl()).onlyProgramme(code, name);
        assertThat(reports.number("JOINT_PUBLICATIONS")).isEqualTo(thisYearBefore + 1);
        assertThat(reports.year(lastYear).number("JOINT_PUBLICATIONS")).isEqualTo(lastYearBefore + 2);
    }
}
