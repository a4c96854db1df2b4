package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The outbox mail's states: PENDING → SENDING → SENT, or back to PENDING with back-off, or FAILED. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofHours(1));

    private OutboxMail mail() {
        return saved(new OutboxMail(1L, "ana@example.org", "en", "generic",
                new RenderedMail(Locale.ENGLISH, "Subject", "Summary", "<p>html</p>", "text"), NOW));
    }

    /** As the database would give it back: with an id. */
    private static OutboxMail saved(OutboxMail mail) {
        ReflectionTestUtils.setField(mail, "id", 42L);
        return mail;
    }

    @Test
    void aFailedAttemptWaitsOutTheBackOffAndTheLastOneGivesUp() {
        OutboxMail mail = mail();
        mail.claim(NOW.plus(Duration.ofMinutes(10)));
        mail.failed("Connection refused", false, policy, NOW);
        assertThat(mail.toView().status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.toView().nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(mail.toView().lastError()).isEqualTo("Connection refused");

        mail.claim(NOW.plus(Duration.ofMinutes(10)));
        mail.failed("Connection refused", false, policy, NOW);
        assertThat(mail.toView().nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));

        mail.claim(NOW.plus(Duration.ofMinutes(10)));
        mail.failed("Connection refused", false, policy, NOW);
        assertThat(mail.toView().status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.toView().attempts()).isEqualTo(3);
        assertThatThrownBy(() -> mail.claim(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMailThatCanNeverBeSentFailsAtOnce() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.failed("not an address", true, policy, NOW);
        assertThat(mail.toView().status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.toView().attempts()).isEqualTo(1);
    }

    @Test
    void onlyAPendingMailIsTakenAndOnlyAFailedOneRequeued() {
        OutboxMail mail = mail();
        assertThatThrownBy(() -> mail.failed("x", false, policy, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.requeue(NOW)).hasMessage("Only a failed mail can be sent again; this one is pending.");
        mail.claim(NOW);
        assertThatThrownBy(() -> mail.claim(NOW)).isInstanceOf(IllegalStateException.class);
        mail.failed("refused", true, policy, NOW);
        mail.requeue(NOW.plusSeconds(60));
        assertThat(mail.toView().status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.toView().attempts()).isZero();
        assertThat(mail.toView().nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anExpiredLeaseCountsAsAnAttemptAndIsRetriedAtOnce() {
        OutboxMail mail = mail();
        mail.claim(NOW.plus(Duration.ofMinutes(10)));
        mail.leaseExpired(policy, NOW.plus(Duration.ofMinutes(11)));
        assertThat(mail.toView().status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.toView().attempts()).isEqualTo(1);
        assertThat(mail.toView().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(11)));
    }

    @Test
    void aSentMailStaysSentAndKeepsItsFirstSendingTime() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.sent(MailTransport.SMTP, "<id@localhost>", NOW);
        mail.sent(MailTransport.CAPTURED, "<other@localhost>", NOW.plusSeconds(5));
        assertThat(mail.toView().status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.toView().transport()).isEqualTo(MailTransport.SMTP);
        assertThat(mail.toView().sentAt()).isEqualTo(NOW);
        assertThat(mail.toContent().messageId()).isEqualTo("<id@localhost>");
    }

    @Test
    void longSubjectsAndErrorsAreShortenedToFitTheirColumns() {
        OutboxMail mail = saved(new OutboxMail(1L, "ana@example.org", "en", "generic",
                new RenderedMail(Locale.ENGLISH, "S".repeat(400), "Summary", "h", "t"), NOW));
        assertThat(mail.toView().subject()).hasSize(OutboxMail.MAX_SUBJECT).endsWith("…");
        mail.claim(NOW);
        mail.failed("E".repeat(5000), false, policy, NOW);
        assertThat(mail.toView().lastError()).hasSize(1000);
    }
}
