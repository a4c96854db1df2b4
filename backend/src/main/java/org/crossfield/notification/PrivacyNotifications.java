package org.crossfield.notification;

import java.util.List;
import java.util.Map;
import org.crossfield.privacy.ErasureDeclinedEvent;
import org.crossfield.privacy.ErasureRequestedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the administrators about a new request for erasure, and the person about a declined one (inside the deciding
 * transaction, like every notification: docs/adr/0007). A carried-out erasure tells nobody: the person's address is
 * gone with it.
 */
@Component
class PrivacyNotifications {

    private final NotificationService notifications;
    private final JdbcTemplate jdbc;

    PrivacyNotifications(NotificationService notifications, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ErasureRequestedEvent event) {
        List<Long> admins = jdbc.queryForList("""
                select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'ADMIN'
                where u.enabled = true and u.id <> ? order by u.id limit 50""", Long.class, event.personId());
        if (admins.isEmpty()) {
            return;
        }
        notifications.notify(new NotifyCmd(admins, NotificationTemplates.GENERIC, Map.of(
                "title", "A request for erasure",
                "message", "Someone asked for the erasure of their account. Review the request on the Privacy page."),
                "admin/privacy"));
    }

    @EventListener
    void on(ErasureDeclinedEvent event) {
        notifications.notify(new NotifyCmd(List.of(event.personId()), NotificationTemplates.GENERIC, Map.of(
                "title", "Your request for erasure was declined",
                "message", "An administrator declined your request for erasure: " + event.reason()), "my-data"));
    }
}
