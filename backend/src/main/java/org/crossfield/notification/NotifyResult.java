package org.crossfield.notification;

import java.util.List;

/** What {@link NotificationService#notify(NotifyCmd)} wrote: one notification and one outbox mail per recipient. */
public record NotifyResult(List<Long> notificationIds, List<Long> mailIds) {
}
