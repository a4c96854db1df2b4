package org.crossfield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The admin and audit commands' refusals that need no database (the database cases: AccountAdministrationIntegrationTest, AuditLogIntegrationTest). */
class CommandsTest {

    @Test
    void withoutADatabaseTheCommandSaysSoInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.admin(new String[] {"create", "--email", "a@b.example", "--name", "A", "--password-stdin"},
                new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("No database configured").hasLineCount(1);
    }

    @Test
    void withoutArgumentsItPrintsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Commands.admin(new String[0], new ByteArrayInputStream(new byte[0]),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin create --email");
        assertThat(Commands.databaseConfigured(new String[] {"--spring.datasource.url=jdbc:mysql://x/y"})).isTrue();
    }

    @Test
    void auditVerifyWithoutADatabaseSaysSoAndWithoutArgumentsPrintsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Commands.audit(new String[] {"verify"}, System.out, errors)).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("No database configured").hasLineCount(1);
        err.reset();
        assertThat(Commands.audit(new String[0], System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }

    @Test
    void reportRefusesABadFormatAndBadDatesInOneLineBeforeTouchingTheDatabase() {
        assertThat(report("--programme", "HDS", "--format", "docx", "--out", "r.docx", "--as", "a@b.example"))
                .isEqualTo("2 --format is csv, xlsx or pdf, not docx.");
        assertThat(report("--programme", "HDS", "--from", "2026-02-30", "--to", "2026-12-31", "--format", "csv", "--out",
                "r.csv", "--as", "a@b.example")).isEqualTo("2 --from is a date like 2026-01-31, not 2026-02-30.");
        assertThat(report("--programme", "HDS", "--from", "31.01.2026", "--to", "2026-12-31", "--format", "csv", "--out",
                "r.csv", "--as", "a@b.example")).isEqualTo("2 --from is a date like 2026-01-31, not 31.01.2026.");
        assertThat(report("--programme", "HDS", "--from", "2026-01-01", "--format", "csv", "--out", "r.csv", "--as", "a@b.example"))
                .isEqualTo("2 Give both --from and --to, or neither (this calendar year).");
        assertThat(report("--programme", "HDS", "--from", "2026-12-01", "--to", "2026-01-31", "--format", "csv", "--out",
                "r.csv", "--as", "a@b.example")).isEqualTo("2 --from 2026-12-01 is after --to 2026-01-31.");
        assertThat(report("--programme", "HDS", "--format", "csv", "--out", "r.csv"))
                .startsWith("2 --programme, --format, --out and --as are required; usage: crossfield.jar report");
        assertThat(report("--programme", "HDS", "--format", "csv", "--out", "r.csv", "--as", "a@b.example", "--colour", "red"))
                .startsWith("2 Unknown option --colour; usage:");
        assertThat(report("--programme", "HDS", "--format", "csv", "--out", "r.csv", "--as", "a@b.example"))
                .startsWith("3 No database configured");
        assertThat(report("--help")).startsWith("0 usage: crossfield.jar report --programme CODE");
        assertThat(report()).startsWith("2 usage: crossfield.jar report");
    }

    @Test
    void reportWithoutAPeriodCoversThisCalendarYear() {
        ReportCommand.Arguments a = ReportCommand.Arguments.parse(new String[] {"--programme", "HDS", "--format", "PDF",
                "--out", "r.pdf", "--as", "a@b.example"}, java.time.Clock.fixed(java.time.Instant.parse("2027-06-15T10:00:00Z"),
                java.time.ZoneOffset.UTC));
        assertThat(a.from()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
        assertThat(a.to()).isEqualTo(java.time.LocalDate.of(2027, 12, 31));
        assertThat(a.format()).isEqualTo("pdf");
    }

    @Test
    void importRefusesBadArgumentsAndAMissingFileInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        assertThat(importing("castles", "--in", "x.csv", "--as", "a@b.example"))
                .startsWith("2 Say what to import: organisations or people; usage: crossfield.jar import");
        assertThat(importing("people", "--in", "x.csv")).startsWith("2 --in and --as are both required;");
        assertThat(importing("people", "--in", "--as", "a@b.example")).startsWith("2 --in needs a value;");
        assertThat(importing("people", "--in", folder.resolve("missing.csv").toString(), "--as", "a@b.example"))
                .isEqualTo("1 Cannot read " + folder.resolve("missing.csv") + ": no such file, or not readable.");
        java.nio.file.Path csv = java.nio.file.Files.writeString(folder.resolve("people.csv"), "email,name,roles\n");
        assertThat(importing("people", "--in", csv.toString(), "--as", "a@b.example")).startsWith("3 No database configured");
        assertThat(importing("--help")).startsWith("0 usage: crossfield.jar import organisations|people");
    }

    /** The exit code, a space and what the command wrote on standard error (one line expected). */
    private static String report(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.report(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).hasLineCount(1);
        return code + " " + text.strip();
    }

    private static String importing(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.importData(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).hasLineCount(1);
        return code + " " + text.strip();
    }
}
