package org.crossfield.notification;

import java.time.Instant;

/** One of my in-app notifications. {@code link} is an in-app route or null; {@code readAt} is null while unread. */
public record NotificationEntry(long id, String kind, String title, String body, String link, Instant createdAt,
                               Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
