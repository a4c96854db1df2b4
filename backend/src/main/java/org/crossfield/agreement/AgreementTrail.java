package org.crossfield.agreement;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Appends to an agreement's trail; the only writer of {@code agreement_event}, and it only inserts. */
@Component
class AgreementTrail {

    /** The trail's kind of the entry that signs an agreement. */
    static final String SIGNED = "SIGNED";

    private final AgreementEventRepository events;
    private final AgreementQueries queries;
    private final ApplicationEventPublisher publisher;

    AgreementTrail(AgreementEventRepository events, AgreementQueries queries, ApplicationEventPublisher publisher) {
        this.events = events;
        this.queries = queries;
        this.publisher = publisher;
    }

    /** Appends to the trail; the audit log records the action too (kind and version only: the detail may name people). */
    void append(long agreementId, Integer versionNo, Long actorId, String kind, String detail, String sha256, Instant now) {
        if (!TrailEntry.KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a kind of trail entry: " + kind);
        }
        events.save(new AgreementEvent(agreementId, versionNo, actorId, kind, detail, sha256, now));
        publisher.publishEvent(AuditEvent.of(AuditActions.AGREEMENT_PREFIX + kind, "AGREEMENT", agreementId)
                .withDetails(versionNo == null ? null : "Version " + versionNo));
        if (SIGNED.equals(kind) && versionNo != null) {
            // inside the signing transaction: what listeners write (the webhook outbox) commits with the signature
            publisher.publishEvent(new AgreementSignedEvent(agreementId, versionNo, sha256));
        }
    }

    List<TrailEntry> of(long agreementId, int max) {
        Map<Long, String> names = new HashMap<>();
        return events.findByAgreementIdOrderByIdAsc(agreementId, Limit.of(max)).stream()
                .map(e -> new TrailEntry(e.getKind(), e.getVersionNo(),
                        e.getActorId() == null ? "Crossfield" : names.computeIfAbsent(e.getActorId(), queries::name),
                        e.getDetail(), e.getSha256(), e.getOccurredAt()))
                .toList();
    }
}
