package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.crossfield.notification.MailboxService;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 4's journey, end to end in the browser: a partner posts a challenge, a coordinator approves it, the student finds
 * it by search and applies with a PDF CV, the partner shortlists and offers, the student accepts. Each step's e-mail is
 * sent by the outbox through a real SMTP server (GreenMail) and arrives in the recipient's language: the demo student
 * prefers German for this test.
 * Its SMTP settings give it an application context of its own; it is closed afterwards, so that no second application
 * (with its scheduled jobs pointing at a stopped SMTP server) keeps running beside the other journeys.
 */
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class ChallengeApplicationJourneyIT extends BrowserJourney {

    private static final String PARTNER = "partner@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
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
    @TempDir
    Path files;

    @BeforeEach
    void studentPrefersGerman() {
        jdbc.update("update app_user set locale = 'de' where email = ?", STUDENT);
    }

    @AfterEach
    void studentBackToEnglish() {
        jdbc.update("update app_user set locale = 'en' where email = ?", STUDENT);
    }

    @Test
    void aPartnersChallengeIsApprovedFoundAppliedToOfferedAndAcceptedWithEveryMailInTheRecipientsLanguage() throws Exception {
        String word = "axolotl" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        String title = "Predict sepsis " + word;
        Path cv = files.resolve("stella-cv.pdf");
        Files.writeString(cv, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);

        // the partner posts a challenge; a coordinator of its programme approves it, and the partner hears so
        Pages.MainLayout partner = login().logInAs(PARTNER, "demo");
        partner.open("my-challenges");
        ApplicationPages.postChallenge(driver, title);
        partner.logOut();
        Pages.MainLayout coordinator = login().logInAs(COORDINATOR, "demo");
        coordinator.open("approvals");
        ApplicationPages.approve(driver, title);
        coordinator.logOut();
        // (the approval mail has a fixed subject: tell it from earlier ones by the title in its body)
        assertThat(Mails.body(mailTo(PARTNER, "Your challenge is open", title))).contains("was approved and is now open");

        // the student finds it by search, opens it and applies with a PDF CV; the partner is told (in English)
        Pages.MainLayout student = login().logInAs(STUDENT, "demo");
        student.open("postings");
        ApplicationPages.findAndOpen(driver, word, title);
        Pages.click(driver, "apply-to-challenge");
        ApplicationPages.applyWithCv(driver, "I built sepsis early-warning models on synthetic ICU data.", cv);
        Browser.screenshot(driver, "student-applied-to-challenge");
        student.logOut();
        long application = jdbc.queryForObject("""
                select a.id from application a join app_user u on u.id = a.student_id join challenge c on c.id = a.posting_id
                where a.posting_type = 'CHALLENGE' and c.title = ? and u.email = ?""", Long.class, title, STUDENT);
        assertThat(jdbc.queryForObject("select cv_file_id from application where id = ?", Long.class, application)).isNotNull();
        assertThat(mailTo(PARTNER, "New application: " + title).getSubject()).isEqualTo("New application: " + title);

        // the partner opens it (under review), shortlists and offers; each reaches the student in German
        partner = login().logInAs(PARTNER, "demo");
        partner.open("applications");
        ApplicationPages.openApplication(driver, title, "Stella Student");
        assertThat(mailTo(STUDENT, "Ihre Bewerbung wird geprüft: " + title)).isNotNull();
        Pages.click(driver, "shortlist");
        Pages.click(driver, "confirm-shortlist");
        Pages.notification(driver, "Shortlisted");
        assertThat(mailTo(STUDENT, "Sie sind in der engeren Auswahl: " + title)).isNotNull();
        Pages.click(driver, "offer");
        Pages.click(driver, "confirm-offer");
        Pages.notification(driver, "Offer made");
        Browser.screenshot(driver, "partner-offers-challenge");
        MimeMessage offer = mailTo(STUDENT, "Sie haben ein Angebot: " + title);
        assertThat(Mails.body(offer)).contains("Angebot", "Meine Bewerbungen");
        partner.logOut();

        // the student accepts; the partner is told and the collaboration starts
        student = login().logInAs(STUDENT, "demo");
        student.open("my-applications");
        Pages.click(driver, "accept-" + application);
        Pages.click(driver, "confirm-accept");
        Pages.notification(driver, "Angebot angenommen"); // the student reads German in this journey
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, application)).isEqualTo("ACCEPTED");
        assertThat(mailTo(PARTNER, "Offer accepted: " + title).getSubject()).isEqualTo("Offer accepted: " + title);
        assertThat(jdbc.queryForObject("select count(*) from collaboration where application_id = ?", Integer.class, application))
                .isOne();
    }

    private MimeMessage mailTo(String email, String subject) {
        return mailTo(email, subject, "");
    }

    /**
     * Lets the outbox send what is due, then waits for the mail to {@code email} whose subject contains {@code subject}
     * and whose text contains {@code text}.
     */
    private MimeMessage mailTo(String email, String subject, String text) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            runAs.as("admin@demo.crossfield.org", mailbox::sendPendingNow);
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> Mails.to(m, email) && Mails.subject(m).contains(subject) && Mails.body(m).contains(text))
                    .findFirst();
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
}
