package org.crossfield.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.crossfield.application.FileStorage;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The retention job removes exactly what has outlived its period, and says what it removed. */
@CrossfieldIntegrationTest
class RetentionIntegrationTest {

    @Autowired
    RetentionJob job;
    @Autowired
    RetentionService retention;
    @Autowired
    FileStorage files;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removesExactlyWhatIsDue() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PrivacyFixture.Person student = new PrivacyFixture(jdbc, files).freshPerson("STUDENT");
        List<Long> projects = jdbc.queryForList("select id from phd_project where status = 'OPEN' order by id limit 4", Long.class);
        Instant thirteenMonths = now.minus(Duration.ofDays(395));
        Instant elevenMonths = now.minus(Duration.ofDays(335));
        String key = "retention-test-" + UUID.randomUUID();
        files.store(key, "%PDF-1.4 cv %%EOF".getBytes(StandardCharsets.US_ASCII));
        jdbc.update("""
                insert into stored_file (storage_key, owner_id, original_name, content_type, size_bytes, sha256, created_at)
                values (?, ?, 'cv.pdf', 'application/pdf', 10, repeat('0', 64), ?)""", key, student.id(), Timestamp.from(thirteenMonths));
        long cv = jdbc.queryForObject("select max(id) from stored_file where owner_id = ?", Long.class, student.id());
        long rejectedLongAgo = application(student.id(), projects.get(0), "REJECTED", thirteenMonths, cv);
        long rejectedRecently = application(student.id(), projects.get(1), "REJECTED", elevenMonths, null);
        long withdrawnLongAgo = application(student.id(), projects.get(2), "WITHDRAWN", thirteenMonths, null);
        long acceptedLongAgo = application(student.id(), projects.get(3), "ACCEPTED", thirteenMonths, null);

        long unconfirmedExpired = account("UNCONFIRMED", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(35)));
        long unconfirmedWithValidLink = account("UNCONFIRMED", now.minus(Duration.ofDays(40)), now.plus(Duration.ofDays(2)));
        long invitedRecently = account("INVITED", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)));
        long invitedLongAgo = account("INVITED", now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(53)));
        long activeOld = account("ACTIVE", now.minus(Duration.ofDays(400)), null);

        long capturedOld = mail("CAPTURED", now.minus(Duration.ofDays(40)));
        long capturedRecent = mail("CAPTURED", now.minus(Duration.ofDays(10)));
        long sentOld = mail("SMTP", now.minus(Duration.ofDays(40)));

        RetentionReport report = job.runAt(now);

        // applications: the CV and motivation of rejected and withdrawn ones go a year after the decision
        assertThat(motivation(rejectedLongAgo)).isNull();
        assertThat(motivation(withdrawnLongAgo)).isNull();
        assertThat(motivation(rejectedRecently)).isNotNull();
        assertThat(motivation(acceptedLongAgo)).isNotNull();
        assertThat(count("select count(*) from application where id in (?, ?, ?, ?)", rejectedLongAgo, rejectedRecently,
                withdrawnLongAgo, acceptedLongAgo)).as("the applications themselves stay").isEqualTo(4);
        assertThat(count("select count(*) from stored_file where id = ?", cv)).isZero();
        // accounts never completed go 30 days after their last link expired
        assertThat(exists(unconfirmedExpired)).isFalse();
        assertThat(exists(invitedLongAgo)).isFalse();
        assertThat(exists(unconfirmedWithValidLink)).isTrue();
        assertThat(exists(invitedRecently)).isTrue();
        assertThat(exists(activeOld)).isTrue();
        // captured demo mail goes after 30 days; mail really sent is not captured mail
        assertThat(count("select count(*) from mail_outbox where id = ?", capturedOld)).isZero();
        assertThat(count("select count(*) from mail_outbox where id = ?", capturedRecent)).isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where id = ?", sentOld)).isEqualTo(1);

        assertThat(report.removed()).containsKeys("application-cvs",
                "captured-mail", RetentionJob.UNFINISHED_ACCOUNTS, RetentionJob.AUDIT_ENTRIES);
        assertThat(report.removed().get("application-cvs")).isGreaterThanOrEqualTo(2);
        assertThat(report.removed().get(RetentionJob.UNFINISHED_ACCOUNTS)).isGreaterThanOrEqualTo(2);
        assertThat(report.removed().get("captured-mail")).isGreaterThanOrEqualTo(1);

        RetentionReport again = job.runAt(now);
        assertThat(again.removed().get("application-cvs"))
                .as("a second run finds nothing more of ours").isLessThanOrEqualTo(report.removed().get(
                        "application-cvs"));
    }

    @Test
    void onlyAdministratorsRunItOnDemand() {
        for (String who : List.of(PrivacyFixture.STUDENT, PrivacyFixture.SUPERVISOR, PrivacyFixture.MENTOR, PrivacyFixture.PARTNER,
                PrivacyFixture.COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(who, () -> retention.runNow())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> retention.lastRun())).as(who).isInstanceOf(AccessDeniedException.class);
        }
        RetentionReport report = runAs.as(PrivacyFixture.ADMIN, () -> retention.runNow());
        assertThat(runAs.as(PrivacyFixture.ADMIN, () -> retention.lastRun())).contains(report);
    }

    private long application(long student, long project, String status, Instant decidedAt, Long cv) {
        Timestamp at = Timestamp.from(decidedAt);
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, cv_file_id, created_at,
                    updated_at, submitted_at, demo, version)
                values ('PROJECT', ?, ?, ?, 'My motivation', ?, ?, ?, ?, false, 0)""", project, student, status, cv, at, at, at);
        return jdbc.queryForObject("select max(id) from application where student_id = ?", Long.class, student);
    }

    private long account(String status, Instant createdAt, Instant linkExpiresAt) {
        String email = "retention." + UUID.randomUUID().toString().substring(0, 8) + "@retention-test.example";
        jdbc.update("""
                insert into app_user (email, display_name, organisation_id, enabled, locale, demo, created_at, version, status,
                    session_epoch)
                values (?, 'Rita Retention', null, true, 'en', false, ?, 0, ?, 0)""", email, Timestamp.from(createdAt), status);
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        if (linkExpiresAt != null) {
            jdbc.update("""
                    insert into account_link (user_id, purpose, token_hash, created_at, expires_at)
                    values (?, 'INVITATION', ?, ?, ?)""", id, UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
                    Timestamp.from(createdAt), Timestamp.from(linkExpiresAt));
        }
        return id;
    }

    private long mail(String transport, Instant createdAt) {
        Timestamp at = Timestamp.from(createdAt);
        jdbc.update("""
                insert into mail_outbox (to_address, locale, template, subject, html_body, text_body, status, transport, attempts,
                    next_attempt_at, created_at, sent_at, version)
                values ('someone@retention-test.example', 'en', 'generic', 'Hello', '<p>Hi</p>', 'Hi', 'SENT', ?, 1, ?, ?, ?, 0)""",
                transport, at, at, at);
        return jdbc.queryForObject("select max(id) from mail_outbox", Long.class);
    }

    private String motivation(long application) {
        return jdbc.queryForObject("select motivation from application where id = ?", String.class, application);
    }

    private boolean exists(long user) {
        return count("select count(*) from app_user where id = ?", user) == 1;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
