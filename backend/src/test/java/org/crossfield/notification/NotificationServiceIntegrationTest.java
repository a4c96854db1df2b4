package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@CrossfieldIntegrationTest
class NotificationServiceIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
    private static final List<String> ROLES = List.of("student", "supervisor", "mentor", "partner", "coordinator", "admin");

    @Autowired
    NotificationService notifications;
    @Autowired
    MailboxService mailbox;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aGermanSpeakerGetsTheMailInGermanWithEveryValueEscapedAndOneUnreadNotification() {
        String email = sandboxPerson("de");
        long id = runAs.idOf(email);
        runAs.run(email, notifications::markAllRead);

        NotifyResult result = runAs.as(COORDINATOR, () -> notifications.notify(new NotifyCmd(List.of(id),
                NotificationTemplates.MATCH_PROPOSED,
                Map.of("projectTitle", "Überleben <script>alert(1)</script>", "mentorName", "Ana & \"Bo\""),
                "/matching/proposals/7")));

        assertThat(result.notificationIds()).hasSize(1);
        OutboxMailContent mail = runAs.as(ADMIN, () -> mailbox.mail(result.mailIds().getFirst()));
        assertThat(mail.locale()).isEqualTo("de");
        assertThat(mail.mail().toAddress()).isEqualTo(email);
        assertThat(mail.mail().status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.mail().subject()).isEqualTo("Mentoring-Vorschlag: Überleben <script>alert(1)</script>");
        assertThat(mail.htmlBody())
                .contains("<html lang=\"de\">", "Hallo ", "Bitte prüfen Sie den Vorschlag",
                        "„Überleben &lt;script&gt;alert(1)&lt;/script&gt;“", "Ana &amp; &quot;Bo&quot;",
                        "href=\"http://localhost:8080/matching/proposals/7\"")
                .doesNotContain("<script>", "??");
        assertThat(mail.textBody())
                .contains("Es wurde ein Mentoring-Match vorgeschlagen: Ana & \"Bo\"", "„Überleben <script>alert(1)</script>“",
                        "In Crossfield öffnen: http://localhost:8080/matching/proposals/7");

        assertThat(runAs.as(email, notifications::unreadCount)).isEqualTo(1);
        NotificationEntry notification = runAs.as(email, () -> notifications.myNotifications(PageRequest.of(0, 10))).getContent().getFirst();
        assertThat(notification.id()).isEqualTo(result.notificationIds().getFirst());
        assertThat(notification.title()).isEqualTo(mail.mail().subject());
        assertThat(notification.body()).isEqualTo("Ana & \"Bo\" wurde für das Mentoring des Promotionsprojekts „Überleben <script>alert(1)</script>“ vorgeschlagen.");
        assertThat(notification.link()).isEqualTo("matching/proposals/7");
        assertThat(notification.kind()).isEqualTo(NotificationTemplates.MATCH_PROPOSED);
        assertThat(notification.unread()).isTrue();
    }

    @Test
    void peopleWithALanguageCrossfieldDoesNotSpeakGetEnglish() {
        String email = jdbc.queryForObject("select email from app_user where locale not in ('en', 'de', 'fr', 'nl')"
                + " and email like '%.example' order by id limit 1", String.class);
        NotifyResult result = runAs.as(COORDINATOR, () -> notifications.notify(new NotifyCmd(List.of(runAs.idOf(email)),
                NotificationTemplates.MATCH_DECIDED,
                Map.of("projectTitle", "Registry linkage", "mentorName", "Ana Berger", "accepted", false, "reason", "No capacity"),
                null)));
        OutboxMailContent mail = runAs.as(ADMIN, () -> mailbox.mail(result.mailIds().getFirst()));
        assertThat(mail.locale()).isEqualTo("en");
        assertThat(mail.mail().subject()).isEqualTo("Mentoring match declined: Registry linkage");
        assertThat(mail.textBody()).contains("Hello ", "Reason given: No capacity",
                "Open in Crossfield: http://localhost:8080/notifications");
    }

    @Test
    void onlyTheRecipientMarksANotificationRead() {
        String student = "student@demo.crossfield.org";
        long id = runAs.as(COORDINATOR, () -> notifications.notify(generic(List.of(runAs.idOf(student)), "Read me", "profile")))
                .notificationIds().getFirst();

        for (String other : List.of("mentor@demo.crossfield.org", "supervisor@demo.crossfield.org", "partner@demo.crossfield.org",
                COORDINATOR, ADMIN)) {
            assertThatThrownBy(() -> runAs.as(other, () -> notifications.markRead(id))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as(student, () -> notifications.markRead(Long.MAX_VALUE)))
                .as("an id that does not exist is refused the same way").isInstanceOf(AccessDeniedException.class);

        long unread = runAs.as(student, notifications::unreadCount);
        NotificationEntry read = runAs.as(student, () -> notifications.markRead(id));
        assertThat(read.unread()).isFalse();
        assertThat(runAs.as(student, notifications::unreadCount)).isEqualTo(unread - 1);
        assertThat(runAs.as(student, () -> notifications.markRead(id)).readAt()).as("read once, stays read").isEqualTo(read.readAt());
    }

    @Test
    void everyRoleSeesOnlyItsOwnNotificationsAndMarksOnlyThoseRead() {
        String run = UUID.randomUUID().toString();
        for (String role : ROLES) {
            String email = role + "@demo.crossfield.org";
            runAs.run(COORDINATOR, () -> notifications.notify(generic(List.of(runAs.idOf(email)), "For " + role + " " + run, null)));
        }
        for (String role : ROLES) {
            List<String> titles = runAs.as(role + "@demo.crossfield.org",
                    () -> notifications.myNotifications(PageRequest.of(0, 200))).getContent().stream()
                    .map(NotificationEntry::title).filter(t -> t.endsWith(run)).toList();
            assertThat(titles).as(role).containsExactly("For " + role + " " + run);
        }
        String mentor = "mentor@demo.crossfield.org";
        long mentorUnread = runAs.as(mentor, notifications::unreadCount);
        assertThat(runAs.as("partner@demo.crossfield.org", notifications::markAllRead)).isGreaterThanOrEqualTo(1);
        assertThat(runAs.as("partner@demo.crossfield.org", notifications::unreadCount)).isZero();
        assertThat(runAs.as(mentor, notifications::unreadCount)).as("someone else's mark-all-read").isEqualTo(mentorUnread);
    }

    @Test
    void onlyAdministratorsReadTheMailbox() {
        long mailId = runAs.as(COORDINATOR, () -> notifications.notify(generic(List.of(runAs.idOf(ADMIN)), "Mailbox", null)))
                .mailIds().getFirst();
        for (String role : ROLES.subList(0, 5)) {
            String email = role + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(email, () -> mailbox.outbox(PageRequest.of(0, 10)))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> mailbox.mail(mailId))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, mailbox::summary)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, mailbox::sendPendingNow)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> mailbox.retry(mailId))).as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as(ADMIN, () -> mailbox.outbox(PageRequest.of(0, 50))).getContent())
                .extracting(OutboxMailSummary::id).contains(mailId);
        assertThatThrownBy(() -> mailbox.outbox(PageRequest.of(0, 10))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> mailbox.mail(Long.MAX_VALUE)))
                .isInstanceOf(OutboxMailNotFoundException.class).hasMessageContaining("no outgoing mail with id");
    }

    @Test
    void nobodyLoggedInCannotNotifyOrReadNotifications() {
        assertThatThrownBy(() -> notifications.notify(generic(List.of(1L), "x", null)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.myNotifications(PageRequest.of(0, 1)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(notifications::markAllRead).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.markRead(1L)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void inDemoModeWithoutAnSmtpServerMailsAreCapturedForTheAdministrator() {
        long mailId = runAs.as(COORDINATOR, () -> notifications.notify(generic(List.of(runAs.idOf(ADMIN)), "Captured", null)))
                .mailIds().getFirst();
        assertThat(runAs.as(ADMIN, mailbox::summary).delivery()).isEqualTo(MailDelivery.CAPTURE);

        SendReport report = runAs.as(ADMIN, mailbox::sendPendingNow);

        assertThat(report.captured()).isGreaterThanOrEqualTo(1);
        assertThat(report.sent()).isZero();
        OutboxMailContent mail = runAs.as(ADMIN, () -> mailbox.mail(mailId));
        assertThat(mail.mail().status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.mail().transport()).isEqualTo(MailTransport.CAPTURED);
        assertThat(mail.mail().sentAt()).isNotNull();
        assertThat(mail.messageId()).matches("<crossfield\\." + mailId + "\\.\\d+@localhost>");
        assertThat(runAs.as(ADMIN, mailbox::summary).sent()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAdministratorSendsAFailedMailAgainButNothingElse() {
        long mailId = runAs.as(COORDINATOR, () -> notifications.notify(generic(List.of(runAs.idOf(ADMIN)), "Failed once", null)))
                .mailIds().getFirst();
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> mailbox.retry(mailId)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Only a failed mail can be sent again; this one is pending.");
        jdbc.update("update mail_outbox set status = 'FAILED', attempts = 10, last_error = 'refused' where id = ?", mailId);

        OutboxMailSummary retried = runAs.as(ADMIN, () -> mailbox.retry(mailId));

        assertThat(retried.status()).isEqualTo(MailStatus.PENDING);
        assertThat(retried.attempts()).isZero();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
        long student = runAs.idOf("student@demo.crossfield.org");
        int before = count();
        assertRefused(new NotifyCmd(List.of(), NotificationTemplates.GENERIC, Map.of("title", "t", "message", "m"), null),
                "needs at least one recipient");
        assertRefused(new NotifyCmd(null, NotificationTemplates.GENERIC, Map.of("title", "t", "message", "m"), null),
                "needs at least one recipient");
        assertRefused(new NotifyCmd(List.of(student), "no-such-template", Map.of(), null),
                "Unknown e-mail template \"no-such-template\"; the templates are "
                        + String.join(", ", NotificationTemplates.names()) + ".");
        assertRefused(new NotifyCmd(List.of(student), null, Map.of(), null), "needs a template");
        assertRefused(new NotifyCmd(List.of(student, 987_654_321L), NotificationTemplates.GENERIC, Map.of("title", "t", "message", "m"), null),
                "There is no user with id 987654321.");
        assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.MATCH_PROPOSED, Map.of("projectTitle", "P"), null),
                "The template \"match-proposed\" needs a value for \"mentorName\".");
        assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.MATCH_DECIDED,
                Map.of("projectTitle", "P", "mentorName", "M", "accepted", "yes"), null),
                "needs \"accepted\" as Boolean, not String");
        assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.GENERIC,
                Map.of("title", "t", "message", "m", "titel", "typo"), null), "has no use for \"titel\"");
        assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.GENERIC,
                Map.of("title", "t", "message", "m", "link", "https://evil.example"), null), "\"link\" is filled in by Crossfield");
        for (String link : List.of("https://evil.example/x", "javascript:alert(1)", "//evil.example", "a/../../b", "a b")) {
            assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.GENERIC, Map.of("title", "t", "message", "m"), link),
                    "must be an in-app route");
        }
        Map<String, Object> withNull = new HashMap<>(Map.of("title", "t"));
        withNull.put("message", null);
        assertRefused(new NotifyCmd(List.of(student), NotificationTemplates.GENERIC, withNull, null), "needs a value for \"message\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void notificationsAndMailsBelongToTheCallersTransaction() {
        long student = runAs.idOf("student@demo.crossfield.org");
        int before = count();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        runAs.run(COORDINATOR, () -> transaction.executeWithoutResult(status -> {
            notifications.notify(generic(List.of(student), "Rolled back", null));
            status.setRollbackOnly();
        }));
        assertThat(count()).as("the caller rolled back, so nobody is told").isEqualTo(before);

        transaction.setReadOnly(true);
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> transaction.executeWithoutResult(
                status -> notifications.notify(generic(List.of(student), "Lost", null)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only transaction");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPersonNamedTwiceIsToldOnce() {
        long student = runAs.idOf("student@demo.crossfield.org");
        NotifyResult result = runAs.as(COORDINATOR, () -> notifications.notify(generic(List.of(student, student), "Once", null)));
        assertThat(result.notificationIds()).hasSize(1);
        assertThat(result.mailIds()).hasSize(1);
    }

    private void assertRefused(NotifyCmd cmd, String message) {
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> notifications.notify(cmd)))
                .isInstanceOf(InvalidNotificationException.class).hasMessageContaining(message);
    }

    private int count() {
        return jdbc.queryForObject("select (select count(*) from notification) + (select count(*) from mail_outbox)", Integer.class);
    }

    private String sandboxPerson(String locale) {
        return jdbc.queryForObject("select email from app_user where locale = ? and email like '%.example' order by id limit 1",
                String.class, locale);
    }

    static NotifyCmd generic(List<Long> recipients, String title, String link) {
        return new NotifyCmd(recipients, NotificationTemplates.GENERIC, Map.of("title", title, "message", "About: " + title), link);
    }
}
