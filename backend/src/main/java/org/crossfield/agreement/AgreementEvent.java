package org.crossfield.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of an agreement's append-only trail. Crossfield never updates or deletes these rows (erasure only replaces a
 * name by its pseudonym). {@code detail} holds only what a person wrote (a rejection's reason, an answer's reason);
 * {@code detail_args} the facts the screens put in words. Rows written before the arguments existed hold an English
 * {@code detail} instead (see AgreementTrail).
 */
@Entity
@Immutable
@Table(name = "agreement_event")
class AgreementEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "version_no", updatable = false)
    private Integer versionNo;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    /** The entry's facts as a JSON array of strings (names, numbers, dates); the screens word them (see AgreementTrail). */
    @Column(name = "detail_args", updatable = false, length = 2000)
    private String detailArgs;

    @Column(name = "sha256", updatable = false, length = 64)
    private String sha256;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AgreementEvent() {
    }

    AgreementEvent(long agreementId, Integer versionNo, Long actorId, String kind, String detail, String detailArgs, String sha256,
                   Instant now) {
        this.agreementId = agreementId;
        this.versionNo = versionNo;
        this.actorId = actorId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
        this.detailArgs = detailArgs;
        this.sha256 = sha256;
        this.occurredAt = now;
    }

    Long getId() {
        return id;
    }

    Integer getVersionNo() {
        return versionNo;
    }

    Long getActorId() {
        return actorId;
    }

    String getKind() {
        return kind;
    }

    String getDetail() {
        return detail;
    }

    String getDetailArgs() {
        return detailArgs;
    }

    String getSha256() {
        return sha256;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
