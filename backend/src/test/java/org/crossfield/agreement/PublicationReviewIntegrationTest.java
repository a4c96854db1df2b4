package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossfield.agreement.AgreementFixture.MENTOR;
import static org.crossfield.agreement.AgreementFixture.PARTNER;
import static org.crossfield.agreement.AgreementFixture.STUDENT;
import static org.crossfield.agreement.AgreementFixture.SUPERVISOR;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crossfield.testsupport.BackendTestApplication;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class PublicationReviewIntegrationTest {

    @Autowired
    AgreementService agreements;
    @Autowired
    PublicationReviewService reviews;
    @Autowired
    AgreementDeadlines deadlines;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture fixture;
    long collaboration;

    @BeforeEach
    void setUp() {
        fixture = new AgreementFixture(jdbc);
        collaboration = fixture.freshCollaboration();
    }

    long signedAgreement() {
        String coordinator = fixture.coordinatorOf(collaboration);
        long id = runAs.as(coordinator, () -> agreements.start(new StartAgreementCmd(collaboration, "LAMBERT_1")));
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR, PARTNER)) {
            AgreementDetails d = runAs.as(who, () -> agreements.agreement(id));
            runAs.as(who, () -> agreements.approve(id, d.currentVersion(), d.currentSha256()));
        }
        return id;
    }

    String status(long review) {
        return jdbc.queryForObject("select status from publication_review where id = ?", String.class, review);
    }

    Instant deadline(long review) {
        return jdbc.queryForObject("select deadline_at from publication_review where id = ?", java.sql.Timestamp.class, review).toInstant();
    }

    int notifications(String email, String titlePrefix) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id where u.email = ? and n.title like ?",
                Integer.class, email, titlePrefix + "%");
    }

    @Test
    void thePartnerObjectsOrAsksForADelayUpToTheMaximumWithinTheNoticePeriod() {
        long id = signedAgreement();
        byte[] pdf = ("%PDF-1.4\n% manuscript\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        long review = runAs.as(STUDENT, () -> reviews.request(id, "Federated Cox models for cardiac registries", "paper.pdf", pdf));
        assertThat(Duration.between(Instant.now(), deadline(review)).toDays()).isBetween(29L, 30L);
        assertThat(notifications(PARTNER, "Publication review requested")).isPositive();
        assertThat(runAs.as(PARTNER, () -> reviews.manuscript(review))).isEqualTo(pdf);
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> reviews.delay(review, 91, "Patent filing")))
                .isInstanceOf(InvalidAgreementException.class).hasMessage("A delay is between 1 and 90 days under this agreement.");
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> reviews.object(review, " ")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("Say what you object to");
        runAs.run(PARTNER, () -> reviews.delay(review, 60, "Patent filing"));
        assertThat(status(review)).isEqualTo("DELAYED");
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> reviews.consent(review)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already answered");
        assertThat(notifications(STUDENT, "Publication delayed")).isPositive();
        String heldUntil = PublicationReviewService.DAY.format(deadline(review).plus(Duration.ofDays(60)));
        assertThat(jdbc.queryForObject("""
                select n.body from notification n join app_user u on u.id = n.user_id where u.email = ? and n.title like ?
                order by n.id desc limit 1""", String.class, STUDENT, "Publication delayed%"))
                .contains("asked for a delay of 60 days before “Federated Cox models for cardiac registries” is published: "
                        + "publication is held until " + heldUntil + ".");
        for (String who : List.of(SUPERVISOR, STUDENT, PARTNER)) {
            assertThat(runAs.as(who, () -> reviews.reviews(id))).as(who).singleElement().satisfies(r -> {
                assertThat(r.delayDays()).isEqualTo(60);
                assertThat(r.deadlineAt()).as("the deadline shown is the held-until date")
                        .isEqualTo(deadline(review).plus(Duration.ofDays(60)));
                assertThat(r.mayAnswer()).isFalse();
            });
        }
        // the trail keeps the facts (title, days, the moment) for the screens to word; the partner's reason is their words
        TrailEntry delayed = runAs.as(STUDENT, () -> agreements.trail(id)).stream().filter(e -> e.kind().equals("REVIEW_DELAYED"))
                .findFirst().orElseThrow();
        assertThat(delayed.details().getFirst().key()).isEqualTo("agreement.trail.detail.REVIEW_DELAYED");
        assertThat(delayed.details().getFirst().messageArguments())
                .containsExactly("Federated Cox models for cardiac registries", 60, deadline(review).plus(Duration.ofDays(60)));
        assertThat(jdbc.queryForObject("select detail_args from agreement_event where agreement_id = ? and kind = 'REVIEW_DELAYED'",
                String.class, id)).doesNotContain("days", "held until");
    }

    @Test
    void eachPartySeesOnlyItsOwnActions() {
        long id = signedAgreement();
        runAs.as(STUDENT, () -> reviews.request(id, "Paper", null, null));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR)) {
            assertThat(runAs.as(who, () -> reviews.reviews(id))).as(who).singleElement()
                    .satisfies(r -> assertThat(r.mayAnswer()).isFalse());
        }
        assertThat(runAs.as(PARTNER, () -> reviews.reviews(id))).singleElement()
                .satisfies(r -> assertThat(r.mayAnswer()).isTrue());
    }

    @Test
    void onlyTheStudentOrSupervisorAskAndOnlyThePartnersSideAnswers() {
        long id = signedAgreement();
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.request(id, "Paper", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> reviews.request(id, "Paper", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(fixture.otherStudent(), () -> reviews.request(id, "Paper", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> reviews.request(id, "Paper", "x.pdf", "not a pdf".getBytes())))
                .isInstanceOf(InvalidAgreementException.class).hasMessage("The manuscript must be a PDF.");
        long review = runAs.as(SUPERVISOR, () -> reviews.request(id, "Paper", null, null));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR, fixture.partnerOfAnotherOrganisation(collaboration))) {
            assertThatThrownBy(() -> runAs.run(who, () -> reviews.consent(review))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as(fixture.otherStudent(), () -> reviews.reviews(id))).isInstanceOf(AccessDeniedException.class);
        runAs.run(PARTNER, () -> reviews.consent(review));
        assertThat(status(review)).isEqualTo("CONSENTED");
        // before signing there is nothing to review
        long draft = runAs.as(PARTNER, () -> agreements.start(new StartAgreementCmd(fixture.freshCollaboration(), "LAMBERT_1")));
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> reviews.request(draft, "Paper", null, null)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("starts once the agreement is signed");
    }

    @Test
    void silenceUntilTheDeadlineIsConsentEvenAcrossARestart() {
        long id = signedAgreement();
        long review = runAs.as(STUDENT, () -> reviews.request(id, "Silent review", null, null));
        Instant due = deadline(review);

        // two days before the deadline: still pending, the partner is reminded once
        Clock before = Clock.fixed(due.minus(Duration.ofDays(2)), ZoneOffset.UTC);
        deadlines.on(before).runDue();
        assertThat(status(review)).isEqualTo("PENDING");
        int reminders = notifications(PARTNER, "Reminder: publication review due");
        assertThat(reminders).isPositive();
        deadlines.on(before).runDue();
        assertThat(notifications(PARTNER, "Reminder: publication review due")).isEqualTo(reminders);

        // a new application context (a restart: nothing in memory survives) acts on the deadline stored in the database
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(BackendTestApplication.class)
                .profiles("test").web(WebApplicationType.NONE)
                .properties("crossfield.agreement.deadline-initial-delay=PT1H", "spring.jmx.enabled=false")
                .run()) {
            AgreementDeadlines job = restarted.getBean(AgreementDeadlines.class);
            assertThat(job).isNotSameAs(deadlines);
            AgreementDeadlines.Report report = job.on(Clock.fixed(due.plusSeconds(60), ZoneOffset.UTC)).runDue();
            assertThat(report.consentedBySilence()).isPositive();
        }
        assertThat(status(review)).isEqualTo("CONSENTED_BY_SILENCE");
        assertThat(notifications(STUDENT, "Publication consented (no answer)")).isPositive();
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> reviews.object(review, "Too late")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already answered");
        assertThat(runAs.as(STUDENT, () -> agreements.trail(id))).extracting(TrailEntry::kind).contains("REVIEW_CONSENTED_BY_SILENCE");
    }

    @Test
    void approversWhoHaveNotApprovedAreReminded() {
        String coordinator = fixture.coordinatorOf(collaboration);
        long id = runAs.as(coordinator, () -> agreements.start(new StartAgreementCmd(collaboration, "LAMBERT_4")));
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        AgreementDetails d = runAs.as(STUDENT, () -> agreements.agreement(id));
        runAs.as(STUDENT, () -> agreements.approve(id, d.currentVersion(), d.currentSha256()));
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(4)), ZoneOffset.UTC);
        assertThat(deadlines.on(later).runDue().approvalReminders()).isPositive();
        assertThat(remindersAbout(id, MENTOR)).isEqualTo(1);
        assertThat(remindersAbout(id, STUDENT)).isZero();
        deadlines.on(later).runDue();
        assertThat(remindersAbout(id, MENTOR)).isEqualTo(1);
    }

    /** Approval reminders about this agreement (other agreements of the sandbox may remind the same people). */
    int remindersAbout(long agreementId, String email) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.email = ? and n.title like 'Reminder: the agreement waits%' and n.link = ?""",
                Integer.class, email, "agreements/" + agreementId);
    }
}
