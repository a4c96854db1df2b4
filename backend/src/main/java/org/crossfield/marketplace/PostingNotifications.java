package org.crossfield.marketplace;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.stereotype.Component;

/**
 * Tells the poster what the review decided, or that a challenge closed, in their language (template posting-update),
 * in the deciding transaction; the outbox sends the mail afterwards.
 */
@Component
class PostingNotifications {

    private final NotificationService notifications;

    PostingNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    void approved(long recipient, PostingKind kind, String title, String link) {
        notify(recipient, "APPROVED", kind, title, Map.of(), link);
    }

    void closedAtDeadline(long recipient, String title, LocalDate deadline) {
        notify(recipient, "CLOSED", PostingKind.CHALLENGE, title, Map.of("deadline", deadline.toString()),
                ChallengeService.MY_CHALLENGES_ROUTE);
    }

    void sentBack(long recipient, PostingKind kind, String title, String comment, String link) {
        notify(recipient, "SENT_BACK", kind, title, Map.of("comment", comment), link);
    }

    private void notify(long recipient, String event, PostingKind kind, String title, Map<String, Object> extra, String link) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("event", event);
        model.put("postingKind", kind.name());
        model.put("postingTitle", title);
        notifications.notify(new NotifyCmd(List.of(recipient), NotificationTemplates.POSTING_UPDATE, model, link));
    }
}
