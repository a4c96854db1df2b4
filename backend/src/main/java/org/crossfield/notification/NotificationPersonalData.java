package org.crossfield.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.RetentionRule;
import org.crossfield.privacy.TextScrub;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications' part of a person's data: their in-app notifications and the mails addressed to them. Erasure deletes
 * both and replaces the person's name and address in what others were told. Retention: mails captured in demo mode
 * (never sent) go after {@code crossfield.retention.captured-mail} (default 30 days).
 */
@Component
class NotificationPersonalData implements PersonalDataHolder, RetentionRule {

    private final JdbcTemplate jdbc;
    private final Duration capturedMail;

    NotificationPersonalData(JdbcTemplate jdbc, @Value("${crossfield.retention.captured-mail:P30D}") Duration capturedMail) {
        this.jdbc = jdbc;
        this.capturedMail = capturedMail;
    }

    @Override
    public String kind() {
        return "notifications";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "notifications", jdbc.queryForList("""
                        select kind, title, body, link, created_at, read_at from notification where user_id = ?
                        order by id limit 20000""", personId),
                "mails", jdbc.queryForList("""
                        select to_address, template, subject, text_body, status, created_at, sent_at from mail_outbox
                        where recipient_user_id = ? order by id limit 20000""", personId));
    }

    @Override
    public ErasurePlan plan(long personId) {
        Integer notifications = jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class, personId);
        Integer mails = jdbc.queryForObject("select count(*) from mail_outbox where recipient_user_id = ?", Integer.class, personId);
        return ErasurePlan.of(List.of(
                        new Text("notification.erasure.notifications", "Notifications (" + notifications + ")", notifications),
                        new Text("notification.erasure.mails", "E-mails addressed to the person (" + mails + ")", mails)),
                List.of(new Text("notification.erasure.kept-others", "Notifications and e-mails to other people stay, with the"
                        + " person's name and address replaced by the pseudonym")));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        int notifications = jdbc.update("delete from notification where user_id = ?", person.id());
        int mails = jdbc.update("delete from mail_outbox where recipient_user_id = ? or to_address = ?", person.id(), person.email());
        TextScrub.replace(jdbc, "notification", List.of("title", "body"), person);
        TextScrub.replace(jdbc, "mail_outbox", List.of("to_address", "subject", "html_body", "text_body", "last_error"), person);
        return List.of(new Text("notification.erasure.done", "Notifications deleted: " + notifications + "; e-mails deleted: " + mails,
                notifications, mails));
    }

    @Override
    public String code() {
        return "captured-mail";
    }

    @Override
    public String description() {
        return "E-mails captured in demo mode";
    }

    @Override
    public int purge(Instant now) {
        return jdbc.update("delete from mail_outbox where transport = 'CAPTURED' and created_at < ?",
                Timestamp.from(now.minus(capturedMail)));
    }
}
