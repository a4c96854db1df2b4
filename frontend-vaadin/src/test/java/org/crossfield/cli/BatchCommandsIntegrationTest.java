package org.crossfield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.identity.CommandLineOperator;
import org.crossfield.identity.InvitationService;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The batch commands {@code import} and {@code report} on the test database, through the real administration and
 * reporting services (the argument checks that need no database: CommandsTest). Each test makes its own names, so the
 * demo data and other tests do not matter.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class BatchCommandsIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    CommandLineOperator operator;
    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    InvitationService invitations;
    @Autowired
    ReportService reports;
    @Autowired
    ReportExports exports;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void organisationsAreImportedAllTogether() throws Exception {
        Path csv = file("name,type,country,domains\n"
                + "Batch University " + unique + ",university,BE,b" + unique + ".example\n"
                + "Batch Company " + unique + ",Company,NL,\n");

        assertThat(importing("organisations", csv, ADMIN)).isEqualTo(Commands.OK);

        assertThat(out()).isEqualTo("Imported 2 organisations.\n");
        assertThat(jdbc.queryForList("select type from organisation where name like ? order by name", String.class,
                "Batch % " + unique)).containsExactly("COMPANY", "UNIVERSITY");
        assertThat(jdbc.queryForObject("select count(*) from organisation_domain where domain = ?", Integer.class,
                "b" + unique + ".example")).isEqualTo(1);
    }

    @Test
    void aFileWithBadLinesListsEachAndCreatesNoOrganisation() throws Exception {
        Path csv = file("name,type,country,domains\n"
                + "Good One " + unique + ",university,BE,\n"
                + "Bad Type " + unique + ",castle,BE,\n"
                + "Bad Country " + unique + ",hospital,XX,bad_domain\n"
                + "Good One " + unique + ",company,FR,\n");

        assertThat(importing("organisations", csv, ADMIN)).isEqualTo(Commands.BAD_INPUT);

        assertThat(err().lines().toList()).containsExactly(
                "Line 3: \"castle\" is not a type of organisation (use university, hospital, research_institute, company or public_body).",
                "Line 4: Choose the organisation's country.",
                "Line 4: \"bad_domain\" is not an e-mail domain such as uni-example.eu.",
                "Line 5: \"Good One " + unique + "\" appears twice in the file.");
        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Integer.class, "% " + unique))
                .isZero();
    }

    @Test
    void onlyAdministratorsImportOrganisationsAndOnlyKnownPeopleActAsAnyone() throws Exception {
        Path csv = file("name,type,country\nRefused " + unique + ",university,BE\n");

        assertThat(importing("organisations", csv, COORDINATOR)).isEqualTo(Commands.REFUSED);
        assertThat(err()).isEqualTo(COORDINATOR + " may not import organisations: only administrators add organisations.\n");

        err.reset();
        assertThat(importing("organisations", csv, "student@demo.crossfield.org")).isEqualTo(Commands.BAD_INPUT);
        assertThat(err()).isEqualTo("student@demo.crossfield.org is neither administrator nor coordinator.\n");

        err.reset();
        assertThat(importing("organisations", csv, "nobody-" + unique + "@example.org")).isEqualTo(Commands.BAD_INPUT);
        assertThat(err()).isEqualTo("There is no active account nobody-" + unique + "@example.org to act as.\n");
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, "Refused " + unique))
                .isZero();
    }

    @Test
    void peopleAreInvitedWithAnInvitationMailEach() throws Exception {
        String organisation = jdbc.queryForObject("select name from organisation where active order by id limit 1", String.class);
        Path csv = file("email,name,organisation,roles,language\n"
                + "ada-" + unique + "@example.org,Ada " + unique + ",\"" + organisation + "\",student,de\n"
                + "bob-" + unique + "@example.org,Bob " + unique + ",\"" + organisation + "\",supervisor mentor,en\n");

        assertThat(importing("people", csv, ADMIN)).isEqualTo(Commands.OK);

        assertThat(out()).isEqualTo("Invited 2 people; the invitations are in the mail outbox.\n");
        assertThat(jdbc.queryForList("select status from app_user where email like ?", String.class, "%-" + unique + "@example.org"))
                .containsExactly("INVITED", "INVITED");
        assertThat(jdbc.queryForList("select to_address from mail_outbox where to_address like ? order by to_address",
                String.class, "%-" + unique + "@example.org"))
                .containsExactly("ada-" + unique + "@example.org", "bob-" + unique + "@example.org");
    }

    @Test
    void aPeopleFileWithBadLinesInvitesNobody() throws Exception {
        Path csv = file("email,name,organisation,roles,language\n"
                + "good-" + unique + "@example.org,Good " + unique + ",,student,en\n"
                + "not-an-address,Bad,,student,en\n"
                + "wrong-" + unique + "@example.org,Wrong " + unique + ",No Such Organisation " + unique + ",wizard,en\n");

        assertThat(importing("people", csv, ADMIN)).isEqualTo(Commands.BAD_INPUT);

        List<String> lines = err().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines).allMatch(l -> l.startsWith("Line 3: ") || l.startsWith("Line 4: "));
        assertThat(lines).anyMatch(l -> l.startsWith("Line 3: "))
                .contains("Line 4: \"wizard\" is not a role (use " + rolesText() + ").")
                .contains("Line 4: There is no organisation called \"No Such Organisation " + unique + "\".");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like ?", Integer.class,
                "%-" + unique + "@example.org")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where to_address like ?", Integer.class,
                "%-" + unique + "@example.org")).isZero();
    }

    @Test
    void aCoordinatorExportsTheirProgrammesReportInEachFormat() throws Exception {
        String code = coordinatedProgramme();
        for (String format : List.of("csv", "xlsx", "pdf")) {
            Path target = folder.resolve("report." + format);
            out.reset();
            assertThat(reporting("--programme", code, "--from", "2024-01-01", "--to", "2026-12-31", "--format", format,
                    "--out", target.toString(), "--as", COORDINATOR)).as(format + ": " + err()).isEqualTo(Commands.OK);
            byte[] bytes = Files.readAllBytes(target);
            assertThat(out()).isEqualTo("Wrote " + bytes.length + " bytes to " + target + ".\n");
            switch (format) {
                case "csv" -> assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("COLLABORATIONS_STARTED");
                case "xlsx" -> assertThat(bytes).startsWith('P', 'K');
                default -> assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
    }

    @Test
    void anUnknownProgrammeOrOneTheCoordinatorDoesNotCoordinateIsRefusedInOneLine() throws Exception {
        Path target = folder.resolve("report.csv");
        assertThat(reporting("--programme", "NO-SUCH-" + unique, "--format", "csv", "--out", target.toString(),
                "--as", ADMIN)).isEqualTo(Commands.BAD_INPUT);
        assertThat(err()).startsWith("There is no programme NO-SUCH-" + unique + " that " + ADMIN + " may report on").hasLineCount(1);

        String other = jdbc.queryForList("select code from programme p where not exists (select 1 from programme_coordinator c"
                + " join app_user u on u.id = c.user_id where c.programme_id = p.id and u.email = ?) order by code",
                String.class, COORDINATOR).stream().findFirst().orElse(null);
        if (other != null) {
            err.reset();
            assertThat(reporting("--programme", other, "--format", "csv", "--out", target.toString(), "--as", COORDINATOR))
                    .isEqualTo(Commands.BAD_INPUT);
            assertThat(err()).startsWith("There is no programme " + other + " that " + COORDINATOR + " may report on");
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void aPeriodTheReportingServiceRefusesIsReportedInOneLine() throws Exception {
        Path target = folder.resolve("report.pdf");
        assertThat(reporting("--programme", coordinatedProgramme(), "--from", "1990-01-01", "--to", "1990-12-31",
                "--format", "pdf", "--out", target.toString(), "--as", COORDINATOR)).isEqualTo(Commands.BAD_INPUT);
        assertThat(err()).isEqualTo("Choose a period between 2000 and 2100.\n");
        assertThat(target).doesNotExist();
    }

    private String coordinatedProgramme() {
        return jdbc.queryForObject("select p.code from programme p join programme_coordinator c on c.programme_id = p.id"
                + " join app_user u on u.id = c.user_id where u.email = ? order by p.code limit 1", String.class, COORDINATOR);
    }

    private static String rolesText() {
        return String.join(", ", org.crossfield.identity.Roles.ALL.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private int importing(String kind, Path csv, String as) {
        ImportCommand.Arguments arguments = ImportCommand.Arguments.parse(new String[] {kind, "--in", csv.toString(), "--as", as});
        return new ImportCommand(operator, organisations, invitations).run(arguments, print(out), print(err));
    }

    private int reporting(String... args) {
        ReportCommand.Arguments arguments = ReportCommand.Arguments.parse(args, Clock.systemUTC());
        return new ReportCommand(operator, reports, exports).run(arguments, print(out), print(err));
    }

    private Path file(String text) throws Exception {
        return Files.writeString(folder.resolve("input-" + UUID.randomUUID() + ".csv"), text, StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
