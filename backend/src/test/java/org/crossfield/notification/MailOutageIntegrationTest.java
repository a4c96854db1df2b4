package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox against a real SMTP server (GreenMail) that goes away and comes back: nothing is lost, nothing is sent
 * twice. Demo mode is on here too: with {@code spring.mail.host} set, mail goes through SMTP regardless. The clock is
 * the test's, so back-off can be waited out without waiting.
 */
@CrossfieldIntegrationTest
@Import(MailOutageIntegrationTest.TestClock.class)
class MailOutageIntegrationTest {

    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtpServer;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
        properties.add("spring.mail.properties.mail.smtp.writetimeout", () -> 5000);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    OutboxSender sender;
    @Autowired
    MutableClock clock;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailboxService mailbox;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void smtpServerUpAndOutboxEmpty() throws FolderException {
        startSmtpServer();
        clock.advance(Duration.ofHours(2)); // whatever earlier tests left waiting is due now
        sendUntilQuiet();
        smtpServer.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtpServer != null) {
            smtpServer.stop();
        }
    }

    @Test
    void aMailServerOutageLosesNothingAndOnceItIsBackEveryMailArrivesExactlyOnce() throws Exception {
        assertThat(sender.delivery()).isEqualTo(MailDelivery.SMTP);
        smtpServer.stop();

        List<Long> mailIds = tenNotifications();
        SendReport first = sender.sendDueMails();

        assertThat(first.delivered()).isZero();
        assertThat(first.retrying()).isEqualTo(10);
        assertThat(rows(mailIds)).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).contains("Connection refused");
        });
        assertThat(sender.sendDueMails().retrying()).as("nothing is tried again during the back-off").isZero();

        clock.advance(Duration.ofSeconds(5));
        assertThat(sender.sendDueMails().retrying()).as("the second attempt, after 5 s").isEqualTo(10);
        assertThat(rows(mailIds)).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(2);
        });

        startSmtpServer();
        assertThat(sender.sendDueMails().delivered()).as("the back-off (10 s now) is respected").isZero();
        clock.advance(Duration.ofSeconds(10));
        sendUntilQuiet();
        clock.advance(Duration.ofHours(3));
        sendUntilQuiet();

        MimeMessage[] received = smtpServer.getReceivedMessages();
        assertThat(received).hasSize(10);
        List<String> storedIds = rows(mailIds).stream().map(row -> (String) row.get("message_id")).toList();
        assertThat(messageIds(received)).containsExactlyInAnyOrderElementsOf(storedIds).doesNotHaveDuplicates();
        assertThat(rows(mailIds)).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(row.get("transport")).isEqualTo("SMTP");
            assertThat(row.get("attempts")).isEqualTo(2);
            assertThat(row.get("last_error")).isNull();
        });
    }

    @Test
    void aSentMailIsMultipartTextAndHtmlWithAStableMessageId() throws Exception {
        long mailId = tenNotifications().getFirst();
        sendUntilQuiet();

        Map<String, Object> row = rows(List.of(mailId)).getFirst();
        MimeMessage message = Arrays.stream(smtpServer.getReceivedMessages())
                .filter(m -> row.get("message_id").equals(messageIds(new MimeMessage[] {m}).getFirst()))
                .findFirst().orElseThrow();
        assertThat((String) row.get("message_id")).startsWith("<crossfield." + mailId + ".").endsWith("@localhost>");
        assertThat(message.getSubject()).isEqualTo(row.get("subject")).isEqualTo("Mentoring match proposed: Outage drill");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Crossfield <noreply@localhost>");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getContent()).isInstanceOf(MimeMultipart.class);
        assertThat(bodyTypes((MimeMultipart) message.getContent())).containsExactlyInAnyOrder("text/plain", "text/html");
    }

    @Test
    void aMailLeftSendingByACrashedSenderIsSentOnceMoreAfterItsLease() throws Exception {
        long mailId = tenNotifications().getFirst();
        // a sender took the mail and stopped before it recorded anything
        jdbc.update("update mail_outbox set status = 'SENDING', next_attempt_at = ? where id = ?",
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), mailId);
        sendUntilQuiet();
        assertThat(smtpServer.getReceivedMessages()).as("the other nine").hasSize(9);
        assertThat(rows(List.of(mailId)).getFirst().get("status")).as("still within its lease").isEqualTo("SENDING");
        smtpServer.purgeEmailFromAllMailboxes();

        clock.advance(Duration.ofMinutes(11));
        SendReport report = sender.sendDueMails();

        assertThat(report.recovered()).isEqualTo(1);
        assertThat(report.sent()).isEqualTo(1);
        Map<String, Object> row = rows(List.of(mailId)).getFirst();
        assertThat(messageIds(smtpServer.getReceivedMessages())).containsExactly((String) row.get("message_id"));
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttemptAndSentWhenAnAdministratorRetriesIt() {
        List<Long> mailIds = tenNotifications();
        long mailId = mailIds.getFirst();
        jdbc.update("update mail_outbox set attempts = 9 where id = ?", mailId);
        smtpServer.stop();

        sender.sendDueMails();

        assertThat(rows(List.of(mailId)).getFirst()).containsEntry("status", "FAILED").containsEntry("attempts", 10);
        assertThat(rows(mailIds.subList(1, 10))).allSatisfy(row -> assertThat(row).containsEntry("status", "PENDING"));
        clock.advance(Duration.ofDays(1));
        sender.sendDueMails();
        assertThat(rows(List.of(mailId)).getFirst()).as("a failed mail is not tried again by itself")
                .containsEntry("status", "FAILED").containsEntry("attempts", 10);

        startSmtpServer();
        runAs.run("admin@demo.crossfield.org", () -> mailbox.retry(mailId));
        clock.advance(Duration.ofDays(1));
        sendUntilQuiet();

        assertThat(rows(mailIds)).allSatisfy(row -> assertThat(row).containsEntry("status", "SENT"));
        assertThat(smtpServer.getReceivedMessages()).hasSize(10);
    }

    @Test
    void aMailThatCannotBeBuiltFailsAtOnce() {
        long mailId = tenNotifications().getFirst();
        jdbc.update("update mail_outbox set to_address = 'not an address' where id = ?", mailId);

        sendUntilQuiet();

        Map<String, Object> row = rows(List.of(mailId)).getFirst();
        assertThat(row).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        assertThat((String) row.get("last_error")).startsWith("The mail could not be built");
        assertThat(smtpServer.getReceivedMessages()).hasSize(9);
    }

    /** Ten notify() calls, each in its own transaction, to ten sandbox people; the ids of their mails. */
    private List<Long> tenNotifications() {
        List<Long> people = jdbc.queryForList(
                "select id from app_user where email like '%.example' order by id limit 10", Long.class);
        List<Long> mailIds = new ArrayList<>();
        for (Long person : people) {
            mailIds.addAll(runAs.as(COORDINATOR, () -> notifications.notify(new NotifyCmd(List.of(person),
                    NotificationTemplates.MATCH_PROPOSED, Map.of("projectTitle", "Outage drill", "mentorName", "Mira Mentor"),
                    "notifications"))).mailIds());
        }
        return mailIds;
    }

    private List<Map<String, Object>> rows(List<Long> mailIds) {
        return mailIds.stream().map(id -> jdbc.queryForMap(
                "select status, transport, attempts, last_error, message_id, subject from mail_outbox where id = ?", id)).toList();
    }

    private void sendUntilQuiet() {
        for (int run = 0; run < 20; run++) {
            SendReport report = sender.sendDueMails();
            if (report.delivered() + report.retrying() + report.failed() + report.recovered() == 0) {
                return;
            }
        }
        throw new AssertionError("The outbox did not become quiet");
    }

    private static List<String> messageIds(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> bodyTypes(MimeMultipart multipart) throws MessagingException, IOException {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            if (content instanceof MimeMultipart nested) {
                types.addAll(bodyTypes(nested));
            } else {
                types.add(multipart.getBodyPart(i).getContentType().split(";")[0].strip().toLowerCase());
            }
        }
        return types;
    }

    private static void startSmtpServer() {
        if (smtpServer != null && smtpServer.isRunning()) {
            return;
        }
        // a new server on the same port: the mail server "comes back"; what it received before is gone with it
        smtpServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtpServer.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {

        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The test clock is UTC");
        }
    }
}
