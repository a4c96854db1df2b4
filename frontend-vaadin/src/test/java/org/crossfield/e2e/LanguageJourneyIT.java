package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.notification.MailboxService;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A student chooses German on the login page before logging in: the login page, the navigation and the dashboard are in
 * German, the choice becomes the student's setting, a date picker understands {@code 31.03.2027} and
 * {@code 2027-03-31} and says in German what it cannot read, and the student applies to a project and receives the
 * e-mail about the application in German (through a real SMTP server, GreenMail). Its SMTP settings give it an
 * application context of its own, closed afterwards.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LanguageJourneyIT extends BrowserJourney {

    private static final String STUDENT = "student@demo.crossfield.org";
    private static final int SMTP_PORT = Mails.freePort();
    private static GreenMail smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        Mails.sendThrough(properties, SMTP_PORT);
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
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    MailboxService mailbox;
    @Autowired
    ApplicationReviewService reviews;

    @AfterEach
    void backToEnglish() {
        // the demo student is shared by every journey: English again for the others
        jdbc.update("update app_user set locale = 'en' where email = ?", STUDENT);
    }

    @Test
    void aStudentChoosesGermanOnTheLoginPage() {
        login();
        WebElement language = driver.findElement(By.id("login-language"));
        language.click();
        By deutsch = By.xpath("//vaadin-select-item[normalize-space(.)='Deutsch']");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(deutsch)).click();
        // the page comes back in German
        // the page reloads: elements of the English page go stale while the German one arrives
        Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains("Passwort vergessen?"));
        assertThat(driver.getTitle()).isEqualTo("Anmelden · Crossfield");

        Pages.MainLayout layout = new Pages.LoginPage(driver, baseUrl()).logInAs(STUDENT, "demo");
        assertThat(layout.navigation()).contains("Übersicht", "Mein Kompetenzprofil", "Ausschreibungen finden", "Mein Konto");
        assertThat(driver.findElement(By.id("view-title")).getText()).isEqualTo("Übersicht");
        assertThat(driver.findElement(By.id("logout")).getText()).isEqualTo("Abmelden");
        assertThat(jdbc.queryForObject("select locale from app_user where email = ?", String.class, STUDENT))
                .as("the choice on the login page became the student's setting").isEqualTo("de");
        Browser.screenshot(driver, "language-german-dashboard");

        long collaboration = OutcomeJourneyIT.demoCollaboration(jdbc);
        WorkspacePages.CollaborationsPage.open(driver, baseUrl()).openCollaboration(collaboration);
        Pages.click(driver, "add-outcome");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-date")));

        assertThat(typeDate("31.03.2027")).isEqualTo("2027-03-31");
        assertThat(shownDate()).isEqualTo("31.03.2027");
        assertThat(typeDate("2027-03-31")).isEqualTo("2027-03-31");
        assertThat(shownDate()).isEqualTo("31.03.2027");
        typeDate("31/13/2027");
        WebElement picker = driver.findElement(By.id("outcome-date"));
        Browser.waitFor(driver).until(d -> "true".equals(picker.getDomAttribute("invalid")) || picker.getDomAttribute("invalid") != null);
        // the message comes from the server's validation, a round trip after the field turned invalid
        Browser.waitFor(driver).until(d -> picker.getText().contains("Geben Sie ein Datum als 31.03.2027 oder als 2027-03-31 ein."));
        Browser.screenshot(driver, "language-german-date");

        // the student applies to an open project (no CV or answer required) and hears about it in German when the
        // supervisor opens the application
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN'
                and not exists (select 1 from application a join app_user u on u.id = a.student_id
                                where u.email = ? and a.posting_type = 'PROJECT' and a.posting_id = p.id)
                and not exists (select 1 from posting_cv_rule r where r.posting_type = 'PROJECT' and r.posting_id = p.id
                                and r.cv_required)
                and not exists (select 1 from posting_question q where q.posting_type = 'PROJECT' and q.posting_id = p.id
                                and q.required)""", Long.class, STUDENT);
        String title = jdbc.queryForObject("select title from phd_project where id = ?", String.class, project);
        String supervisor = jdbc.queryForObject("select u.email from phd_project p join app_user u on u.id = p.supervisor_id"
                + " where p.id = ?", String.class, project);
        layout.open("projects/" + project + "/apply");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("submit-application")));
        driver.findElement(By.cssSelector("#motivation textarea")).sendKeys("Ich möchte meine Erfahrung mit Registerdaten einbringen.");
        Pages.click(driver, "submit-application");
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/my-applications"));
        long application = jdbc.queryForObject("""
                select a.id from application a join app_user u on u.id = a.student_id
                where u.email = ? and a.posting_type = 'PROJECT' and a.posting_id = ? and a.status = 'SUBMITTED'""",
                Long.class, STUDENT, project);
        runAs.as(supervisor, () -> reviews.openForReview(application));
        MimeMessage mail = mailTo(STUDENT, "Ihre Bewerbung wird geprüft: " + title);
        assertThat(Mails.body(mail)).as("the German template").contains("wird jetzt geprüft").doesNotContain("is now under review");
    }

    /** Lets the outbox send what is due, then waits for the mail to {@code email} whose subject contains {@code subject}. */
    private MimeMessage mailTo(String email, String subject) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            runAs.as("admin@demo.crossfield.org", mailbox::sendPendingNow);
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> Mails.to(m, email) && Mails.subject(m).contains(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("No mail to " + email + " with \"" + subject + "\"; received: "
                        + Arrays.stream(smtp.getReceivedMessages()).map(m -> Mails.recipients(m) + " " + Mails.subject(m))
                        .toList());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Types into the outcome's date picker and leaves the field; returns the picker's value (ISO) as the server sees it. */
    private String typeDate(String text) {
        Pages.type(driver, "outcome-date", text);
        WebElement input = driver.findElement(By.cssSelector("#outcome-date input"));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('outcome-date').value;");
    }

    private String shownDate() {
        return driver.findElement(By.cssSelector("#outcome-date input")).getDomProperty("value");
    }
}
