package org.crossfield.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to an account: who did what, when (insert-only). */
@Entity
@Table(name = "account_event")
class AccountEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AccountEvent() {
    }

    AccountEvent(long userId, Long actorId, AccountAction action, String detail, Instant occurredAt) {
        this.userId = userId;
        this.actorId = actorId;
        this.action = action.name();
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        this.occurredAt = occurredAt;
    }
}
