package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.cli.Commands;
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

    @DynamicPropertySource
    static void emptyInstallation(DynamicPropertyRegistry properties) {
        String testDatabase = System.getenv("CROSSFIELD_TEST_DB_URL");
        if (testDatabase != null && !testDatabase.isBlank()) {
            // the same server, a database of its own: dropped and recreated, so the schema is fresh and empty
            properties.add("spring.datasource.url", () -> ownDatabase(testDatabase));
        } else {
            properties.add("crossfield.embedded-database.name", () -> "crossfield_inservice_test");
        }
        properties.add("crossfield.demo.enabled", () -> "false");
        Mails.sendThrough(properties, SMTP_PORT);
        properties.add("crossfield.mail.scheduling-enabled", () -> "true");
        properties.add("crossfield.mail.poll-interval", () -> "PT0.5S");
    }

    /** jdbc:mysql://host:3306/crossfield_test_x?opts → jdbc:mysql://host:3306/crossfield_test_x_inservice?opts */
    static String ownDatabase(String url) {
        Matcher m = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Expected CROSSFIELD_TEST_DB_URL like jdbc:mysql://host:port/name, got " + url);
        }
        return m.group(1) + m.group(2) + "_inservice" + (m.group(3) == null ? "" : m.group(3));
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
    void fromAnEmptyDatabaseToAStudentWhoResetTheirPassword() throws IOException {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).as("an empty installation").isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();

        // the operator creates the first administrator on the command line, against the same database
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Commands.admin(new String[] {"create", "--email", ADMIN, "--name", "Ada Admin", "--password-stdin",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", "root"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")},
                new ByteArrayInputStream((ADMIN_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

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
        admin.logOut();

        // the coordinator accepts from the mail, is logged in and invites a student of the programme
        driver.get(baseUrl() + linkInMailTo(COORDINATOR, "invitation"));
        AdminPages.choosePassword(driver, "invitation", "invitation-accept", PASSWORD);
        Pages.MainLayout coordinator = loggedIn();
        assertThat(coordinator.currentUser()).isEqualTo("Carla Coordinator");
        coordinator.open("people/invite");
        AdminPages.invite(driver, STUDENT, "Sam Student", "Lisbon Health University", "Student", null);
        Browser.documentationShot(driver, "coordinator-invite");
        coordinator.logOut();

        // the student accepts, is logged in and sees the open projects
        driver.get(baseUrl() + linkInMailTo(STUDENT, "invitation"));
        AdminPages.choosePassword(driver, "invitation", "invitation-accept", PASSWORD);
        Pages.MainLayout student = loggedIn();
        assertThat(student.currentUser()).isEqualTo("Sam Student");
        student.open("projects");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("project-grid")));
        student.logOut();

        // the student forgets the password and resets it from the login page with the link from the mail
        login();
        forgotPassword();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("forgot-email")));
        Pages.type(driver, "forgot-email", STUDENT);
        Pages.click(driver, "forgot-send");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-done")));
        driver.get(baseUrl() + linkInMailTo(STUDENT, "password-reset"));
        AdminPages.choosePassword(driver, "reset", "reset-save", NEW_PASSWORD);
        loggedIn().logOut();
        assertThat(login().logInAs(STUDENT, NEW_PASSWORD).currentUser()).isEqualTo("Sam Student");
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
