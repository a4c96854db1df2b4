package org.crossfield.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and the entry's canonical fields. Each field is written
 * as its length in characters, a colon and its text ({@code ~} for null), fields separated by {@code |}, so that no two
 * different entries share a canonical form. An entry whose details carry a key ({@code detail_key}) adds key and
 * arguments as two more fields; one without (every entry written before the key existed) has none, so its hash stays
 * what it was. The time is the stored UTC time to the second (MySQL Connector/J drops
 * fractional seconds on MariaDB 10.x, so finer times would not read back as written; the sequence number orders).
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, LocalDateTime occurredAt, Long actorId, String remoteAddress,
                       String action, String objectType, String objectId, Long subjectId, String outcome, String details,
                       String detailKey, String detailArgs) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, prevHash);
        field(canonical, Long.toString(seq));
        field(canonical, TIME.format(occurredAt));
        field(canonical, actorId == null ? null : actorId.toString());
        field(canonical, remoteAddress);
        field(canonical, action);
        field(canonical, objectType);
        field(canonical, objectId);
        field(canonical, subjectId == null ? null : subjectId.toString());
        field(canonical, outcome);
        field(canonical, details);
        if (detailKey != null) {
            // entries written before the key existed hash as they always did; later ones cover key and arguments too
            field(canonical, detailKey);
            field(canonical, detailArgs);
        }
        return sha256(canonical.toString());
    }

    static String hash(Row r) {
        return hash(r.prevHash(), r.seq(), r.occurredAt(), r.actorId(), r.remoteAddress(), r.action(), r.objectType(),
                r.objectId(), r.subjectId(), r.outcome(), r.details(), r.detailKey(), r.detailArgs());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stored entry, as the chain sees it. */
    record Row(long seq, LocalDateTime occurredAt, Long actorId, String remoteAddress, String action, String objectType,
               String objectId, Long subjectId, String outcome, String details, String detailKey, String detailArgs,
               String prevHash, String hash) {
    }
}
