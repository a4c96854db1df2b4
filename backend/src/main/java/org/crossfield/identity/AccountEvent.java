package org.crossfield.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

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

    /** The wording of the detail ({@link AccountDetail#key()}); null on entries written before, and on plain names. */
    @Column(name = "detail_key", length = 80)
    private String detailKey;

    @Column(name = "detail_args", length = 1000)
    @Convert(converter = DetailArgumentsConverter.class)
    private List<String> detailArgs;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AccountEvent() {
    }

    AccountEvent(long userId, Long actorId, AccountAction action, String detail, AccountDetail detailKey, List<String> detailArgs,
                 Instant occurredAt) {
        this.userId = userId;
        this.actorId = actorId;
        this.action = action.name();
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        // arguments too long to keep whole leave the English detail alone
        boolean keyed = detailKey != null && new DetailArgumentsConverter().convertToDatabaseColumn(detailArgs).length() <= 1000;
        this.detailKey = keyed ? detailKey.key() : null;
        this.detailArgs = keyed ? List.copyOf(detailArgs) : null;
        this.occurredAt = occurredAt;
    }
}
