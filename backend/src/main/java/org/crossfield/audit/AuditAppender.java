package org.crossfield.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crossfield.platform.audit.AuditDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one entry in its own short transaction: locks the chain's head row ({@code SELECT ... FOR UPDATE}), so that
 * appends from several instances follow one another, gives the next sequence number, computes the hash over the head's
 * hash and writes entry and head. The lock is held only for these three statements.
 */
@Component
class AuditAppender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What is known of an entry before it is chained: {@code details} in English, and where it has a wording of its
     * own its key ({@code platform.audit.AuditDetail}) and arguments.
     */
    record Draft(Long actorId, String remoteAddress, String action, String objectType, String objectId, Long subjectId,
                 String outcome, String details, String detailKey, List<String> detailArguments) {

        /** A draft whose details have no key (or no details at all). */
        Draft(Long actorId, String remoteAddress, String action, String objectType, String objectId, Long subjectId,
              String outcome, String details) {
            this(actorId, remoteAddress, action, objectType, objectId, subjectId, outcome, details, null, List.of());
        }

        /** A draft with the details of {@code detail} and these arguments (English, key and arguments). */
        static Draft of(Long actorId, String remoteAddress, String action, String objectType, String objectId,
                        Long subjectId, String outcome, AuditDetail detail, Object... arguments) {
            List<String> stored = detail.stored(arguments);
            return new Draft(actorId, remoteAddress, action, objectType, objectId, subjectId, outcome,
                    detail.english(stored), detail.key(), stored);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long append(Draft d) {
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.seq() + 1;
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String address = cut(d.remoteAddress(), 45);
        String action = cut(d.action(), 60);
        String objectType = cut(d.objectType(), 40);
        String objectId = cut(d.objectId(), 64);
        String details = cut(d.details(), 500);
        String detailArgs = arguments(d.detailArguments());
        // a key that does not fit, or arguments too long to keep whole, leave the English text alone
        String detailKey = d.detailKey() == null || d.detailKey().length() > 80 || detailArgs.length() > 1000 ? null : d.detailKey();
        if (detailKey == null) {
            detailArgs = null;
        }
        String hash = AuditChain.hash(head.hash(), seq, at, d.actorId(), address, action, objectType, objectId,
                d.subjectId(), d.outcome(), details, detailKey, detailArgs);
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor_id, remote_address, action, object_type, object_id,
                          subject_id, result, details, detail_key, detail_args, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, at, d.actorId(), address, action, objectType, objectId, d.subjectId(), d.outcome(), details,
                        detailKey, detailArgs, head.hash(), hash)
                .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        return seq;
    }

    /** The arguments as stored: a JSON array of strings ({@code []} when there are none). */
    static String arguments(List<String> arguments) {
        return JSON.writeValueAsString(arguments == null ? List.of() : arguments);
    }

    /** The stored arguments read back; none for an entry without them. */
    static List<String> arguments(String stored) {
        return stored == null ? List.of() : JSON.readValue(stored, new TypeReference<List<String>>() { });
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
