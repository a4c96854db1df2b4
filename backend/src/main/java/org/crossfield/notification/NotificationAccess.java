package org.crossfield.notification;

import org.crossfield.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Object-level rules for {@code @PreAuthorize}, e.g. {@code @notificationAccess.isMine(#id)}. */
@Component("notificationAccess")
class NotificationAccess {

    private final InAppNotificationRepository notifications;

    NotificationAccess(InAppNotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The notification exists and was sent to the person logged in (an unknown id is simply "not yours"). */
    public boolean isMine(long notificationId) {
        return CurrentUser.get().map(me -> notifications.existsByIdAndUserId(notificationId, me.getId())).orElse(false);
    }
}
