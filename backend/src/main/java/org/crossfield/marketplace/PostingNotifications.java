package org.crossfield.marketplace;

import java.util.List;
import java.util.Map;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.stereotype.Component;

/** Tells the poster what the review decided, in the reviewer's transaction (the outbox sends the mail afterwards). */
@Component
class PostingNotifications {

    private final NotificationService notifications;

    PostingNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    void approved(long recipient, String kind, String title, String link) {
        notifications.notify(new NotifyCmd(List.of(recipient), NotificationTemplates.GENERIC, Map.of(
                "title", "Your " + kind + " is open",
                "message", "\"" + title + "\" was approved and is now open: people can find it in the search."), link));
    }

    void closedAtDeadline(long recipient, String title, java.time.LocalDate deadline) {
        notifications.notify(new NotifyCmd(List.of(recipient), NotificationTemplates.GENERIC, Map.of(
                "title", "Your challenge has closed",
                "message", "\"" + title + "\" closed at its deadline (" + deadline + ") and takes no more applications."
                        + " Award it when you have chosen, or archive it."), ChallengeService.MY_CHALLENGES_ROUTE));
    }

    void sentBack(long recipient, String kind, String title, String comment, String link) {
        notifications.notify(new NotifyCmd(List.of(recipient), NotificationTemplates.GENERIC, Map.of(
                "title", "Your " + kind + " was sent back",
                "message", "\"" + title + "\" needs changes before it can open: " + comment), link));
    }
}
