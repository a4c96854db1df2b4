package org.crossfield.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit log as administrators and the personal-data export see it.
 *
 * @param seq           its place in the chain (1, 2, 3 …)
 * @param occurredAt    when
 * @param actorId       who did it (null: the system, or a sign-in with an unknown address)
 * @param actorName     their name now (a pseudonym after erasure), null when unknown
 * @param remoteAddress from which address, when known
 * @param action        what, e.g. {@code SIGN_IN_FAILED}
 * @param objectType    on which kind of object, or null
 * @param objectId      its id, or null
 * @param subjectId     the person the action is about, or null
 * @param subjectName   their name now, or null
 * @param outcome       {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param details       a short text in English, or null
 * @param detailKey     the key of its wording ({@code platform.audit.AuditDetail}), null on entries written before
 *                      keys were kept (their English text is all there is)
 * @param detailArguments the wording's arguments, in order (empty without a key)
 * @param hash          the entry's SHA-256 chain hash
 */
public record AuditEntry(long seq, Instant occurredAt, Long actorId, String actorName, String remoteAddress, String action,
                         String objectType, String objectId, Long subjectId, String subjectName, String outcome,
                         String details, String detailKey, List<String> detailArguments, String hash) {

    public AuditEntry {
        detailArguments = detailArguments == null ? List.of() : List.copyOf(detailArguments);
    }
}
