package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 11's journey: Crossfield put into service on an empty database, without demo data. The operator creates the
 * first administrator on the command line; the administrator adds an organisation and a programme and invites its
 * coordinator; the coordinator accepts the invitation from the mail (a real SMTP server, GreenMail), chooses a password
 * and invites a student; the student accepts, sees the projects, forgets the password and resets it from the login page.
 *
 * <p>It runs in an application context of its own on a database of its own (the test database's name with
 * {@code _inservice}, recreated; or a new database on the embedded server), with demo mode off and the outbox sending
 * through GreenMail in the background as in production. The context is closed afterwards.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InServiceJourneyIT extends BrowserJourney {

    private static final String ADMIN = "ada.admin@crossfield-operator.example";
    private static final String ADMIN_PASSWORD = "amber-kestrel-lighthouse";
    private static final String COORDINATOR = "carla.coordinator@uni-lisbon-health.example";
    private static final String STUDENT = "sam.student@uni-lisbon-health.example";
    private static final String PASSWORD = "quiet-orbit-harbour-27";
    private static final String NEW_PASSWORD = "violet-canyon-ferry-91";
    private static final Pattern LINK = Pattern.compile("/(invitation|password-reset)/[A-Za-z0-9_-]{20,}");
    private static final int SMTP_PORT = Mails.freePort();
    private static GreenMail smtp;
    /** The embedded server's generated password, when the journey runs on it. */
    private static String embeddedPassword;

    /**
     * A database of its own, created empty here: the test properties are read before this method runs (the database
     * choice in EmbeddedDatabaseEnvironmentPostProcessor has been made), so the database is dropped and created now and
     * the data source pointed at it.
     */
    @DynamicPropertySource
    static void emptyInstallation(DynamicPropertyRegistry properties) {
        String url = freshDatabase();
        properties.add("spring.datasource.url", () -> url);
        if (embeddedPassword != null) {
            properties.add("spring.datasource.username", () -> "crossfield");
            properties.add("spring.datasource.password", () -> embeddedPassword);
        }
        properties.add("crossfield.demo.enabled", () -> "false");
        Mails.sendThrough(properties, SMTP_PORT);
        properties.add("crossfield.mail.scheduling-enabled", () -> "true");
        properties.add("crossfield.mail.poll-interval", () -> "PT0.5S");
    }

    /** On the test server (CROSSFIELD_TEST_DB_URL's database name + "_inservice"), or on the embedded one. */
    static String freshDatabase() {
        String testDatabase = System.getenv("CROSSFIELD_TEST_DB_URL");
        if (testDatabase == null || testDatabase.isBlank()) {
            EmbeddedDatabase server = EmbeddedDatabase.startOrGet(Path.of("target", "embedded-mariadb"), true);
            server.recreateDatabase("crossfield_inservice_test");
            embeddedPassword = server.password();
            return server.jdbcUrl("crossfield_inservice_test");
        }
        Matcher m = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$").matcher(testDatabase);
        if (!m.matches()) {
            throw new IllegalStateException("Expected CROSSFIELD_TEST_DB_URL like jdbc:mysql://host:port/name, got " + testDatabase);
        }
        String name = m.group(2) + "_inservice";
        String options = m.group(3) == null ? "" : m.group(3);
        String user = Optional.ofNullable(System.getenv("CROSSFIELD_TEST_DB_USER")).orElse("root");
        String password = Optional.ofNullable(System.getenv("CROSSFIELD_TEST_DB_PASSWORD")).orElse("");
        try (Connection c = DriverManager.getConnection(m.group(1) + options, user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the journey's database " + name + ": " + e.getMessage(), e);
        }
        return m.group(1) + name + options;
    }

    @BeforeAll
    static void startSmtp() {
        smtp = Mails.startSmtp(SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @Test
    void fromAnEmptyDatabaseToAStudentWhoResetTheirPassword() throws IOException, InterruptedException {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).as("an empty installation").isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();

        // the operator creates the first administrator on the command line, with the web application's jar and the
        // standard Spring variables pointing at the same database
        assertThat(adminCreate(ADMIN, "Ada Admin", ADMIN_PASSWORD)).as("exit code and standard error").startsWith("0:");

        // the administrator adds an organisation and a programme, and invites the programme's coordinator
        Pages.MainLayout admin = login().logInAs(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.navigation()).contains("Organisations", "Programmes", "People", "Invite people");
        admin.open("admin/organisations");
        AdminPages.createOrganisation(driver, "Lisbon Health University", "University", "Portugal", "uni-lisbon-health.example");
        Browser.documentationShot(driver, "admin-organisations");
        admin.open("admin/programmes");
        AdminPages.createProgramme(driver, "LHDS-2027", "Lisbon Health Data Science", "Horizon Europe",
                "Lisbon Health University");
        Browser.documentationShot(driver, "admin-programmes");
        admin.open("people/invite");
        AdminPages.invite(driver, COORDINATOR, "Carla Coordinator", "Lisbon Health University", "Coordinator",
                "LHDS-2027 · Lisbon Health Data Science");

        // a CSV file with a bad line is shown line by line, and nobody in it is invited
        Files.writeString(files.resolve("people.csv"), """
                email,name,organisation,roles,language
                rui.mentor@uni-lisbon-health.example,Rui Mentor,Lisbon Health University,mentor,pt
                ines.student@uni-lisbon-health.example,Inês Student,Lisbon Health University,student,en
                """, StandardCharsets.UTF_8);
        assertThat(AdminPages.uploadCsv(driver, files.resolve("people.csv"))).contains("1 line has problems. Nobody was invited");
        assertThat(driver.findElement(By.id("invite-csv-problems")).getText()).contains("Choose English, German, French or Dutch");
        assertThat(driver.findElements(By.id("invite-csv-send")).stream().noneMatch(e -> e.isDisplayed())).isTrue();
        Browser.documentationShot(driver, "admin-invite-csv");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like '%.student@%' or email like 'rui.%'",
                Integer.class)).isZero();

        // the coordinator is on the people list, invited; their page shows the invitation in the history
        admin.open("admin/people");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("people-grid")).getText().contains("Carla Coordinator"));
        By row = By.xpath("//vaadin-grid-cell-content[contains(., 'Carla Coordinator')]");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(row)).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("person-history")).getText().contains("Invited"));
        Browser.documentationShot(driver, "admin-people");
        Pages.click(driver, "person-close");
        admin.open("people/pending");
        Browser.documentationShot(driver, "admin-pending");
        logOut();

        // the coordinator accepts from the mail, is logged in and invites a student of the programme
        driver.get(baseUrl() + linkInMailTo(COORDINATOR, "invitation"));
        AdminPages.choosePassword(driver, "invitation", "invitation-accept", PASSWORD);
        Pages.MainLayout coordinator = loggedIn();
        assertThat(coordinator.currentUser()).isEqualTo("Carla Coordinator");
        coordinator.open("people/invite");
        AdminPages.invite(driver, STUDENT, "Sam Student", "Lisbon Health University", "Student", null);
        Browser.documentationShot(driver, "coordinator-invite");
        logOut();

        // the student accepts, is logged in and sees the open projects
        driver.get(baseUrl() + linkInMailTo(STUDENT, "invitation"));
        AdminPages.choosePassword(driver, "invitation", "invitation-accept", PASSWORD);
        Pages.MainLayout student = loggedIn();
        assertThat(student.currentUser()).isEqualTo("Sam Student");
        student.open("projects");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("project-grid")));
        logOut();

        // the student forgets the password and resets it from the login page with the link from the mail
        login();
        forgotPassword();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("forgot-email")));
        Pages.type(driver, "forgot-email", STUDENT);
        Pages.click(driver, "forgot-send");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-done")));
        driver.get(baseUrl() + linkInMailTo(STUDENT, "password-reset"));
        AdminPages.choosePassword(driver, "reset", "reset-save", NEW_PASSWORD);
        loggedIn();
        logOut();
        assertThat(login().logInAs(STUDENT, NEW_PASSWORD).currentUser()).isEqualTo("Sam Student");

        // every step went into the audit log, and the operator's command finds its chain intact
        assertThat(jdbc.queryForList("select action from audit_entry", String.class))
                .contains("ACCOUNT_CREATED_ON_COMMAND_LINE", "SIGN_IN", "ACCOUNT_INVITED", "ACCOUNT_INVITATION_ACCEPTED",
                        "ACCOUNT_PASSWORD_RESET");
        assertThat(jar("audit-verify", "audit", "verify")).as("exit code and standard output").startsWith("0:Audit log intact");
    }

    /**
     * Runs {@code java -jar crossfield.jar admin create} in a process of its own, as an operator would (the jar is built
     * before the journeys run); returns the exit code and standard error as "code:stderr".
     */
    /** Runs {@code java -jar crossfield.jar <args>} on the journey's database; "exit code:standard output". */
    private String jar(String name, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "crossfield.jar");
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        line.addAll(java.util.List.of(args));
        ProcessBuilder command = new ProcessBuilder(line);
        command.environment().put("SPRING_DATASOURCE_URL", environment.getProperty("spring.datasource.url"));
        command.environment().put("SPRING_DATASOURCE_USERNAME", environment.getProperty("spring.datasource.username", "root"));
        command.environment().put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        command.redirectOutput(files.resolve(name + ".out").toFile());
        command.redirectError(files.resolve(name + ".err").toFile());
        Process process = command.start();
        process.getOutputStream().close();
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within three minutes");
        }
        return process.exitValue() + ":" + Files.readString(files.resolve(name + ".out")).strip();
    }

    private String adminCreate(String email, String name, String password) throws IOException, InterruptedException {
        Path jar = Path.of("target", "crossfield.jar");
        assertThat(jar).as("the application's jar (mvn package builds it before the journeys)").exists();
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "admin", "create", "--email", email, "--name", name, "--password-stdin");
        command.environment().put("SPRING_DATASOURCE_URL", environment.getProperty("spring.datasource.url"));
        command.environment().put("SPRING_DATASOURCE_USERNAME", environment.getProperty("spring.datasource.username", "root"));
        command.environment().put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        command.redirectOutput(files.resolve("admin-create.out").toFile());
        command.redirectError(files.resolve("admin-create.err").toFile());
        Process process = command.start();
        try (var in = process.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("admin create did not finish within three minutes");
        }
        return process.exitValue() + ":" + Files.readString(files.resolve("admin-create.err")).strip();
    }

    /**
     * Logs out with the button at the foot of the menu. The administrator's menu is long enough to push it below the
     * window's edge, so the click scrolls to it first (as a person would).
     */
    private void logOut() {
        Pages.click(driver, "logout");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
    }

    /** The login form's "Forgot password" button. */
    private void forgotPassword() {
        By button = By.cssSelector("#login-form vaadin-button[slot='forgot-password']");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private Pages.MainLayout loggedIn() {
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        return new Pages.MainLayout(driver, baseUrl());
    }

    /** Waits for the mail to {@code email} with a link of that kind (sent by the outbox in the background); its path. */
    private static String linkInMailTo(String email, String kind) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Optional<String> link = Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.to(m, email))
                    .map(Mails::body)
                    .map(LINK::matcher).filter(Matcher::find).map(Matcher::group)
                    .filter(path -> path.startsWith("/" + kind + "/")).reduce((first, last) -> last);
            if (link.isPresent()) {
                return link.get();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No " + kind + " mail to " + email + "; received: " + Arrays.stream(smtp.getReceivedMessages())
                .map(m -> Mails.recipients(m) + " " + Mails.subject(m)).toList());
    }
}
