package org.crossfield.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A notification in one person's notification centre. */
@Entity
@Table(name = "notification")
class InAppNotification {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "kind", nullable = false, length = 60)
    private String kind;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "link", length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InAppNotification() {
    }

    InAppNotification(long userId, String kind, String title, String body, String link, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.title = Text.shorten(title, MAX_TITLE);
        this.body = Text.shorten(body, MAX_BODY);
        this.link = link;
        this.createdAt = now;
    }

    /** Marks it read; a notification read earlier keeps its first reading time. */
    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    Long getId() {
        return id;
    }

    NotificationEntry toView() {
        return new NotificationEntry(id, kind, title, body, link, createdAt, readAt);
    }
}
