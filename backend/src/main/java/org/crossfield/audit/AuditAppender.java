package org.crossfield.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends one entry in its own short transaction: locks the chain's head row ({@code SELECT ... FOR UPDATE}), so that
 * appends from several instances follow one another, gives the next sequence number, computes the hash over the head's
 * hash and writes entry and head. The lock is held only for these three statements.
 */
@Component
class AuditAppender {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is known of an entry before it is chained. */
    record Draft(Long actorId, String remoteAddress, String action, String objectType, String objectId, Long subjectId,
                 String outcome, String details) {
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
        String hash = AuditChain.hash(head.hash(), seq, at, d.actorId(), address, action, objectType, objectId,
                d.subjectId(), d.outcome(), details);
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor_id, remote_address, action, object_type, object_id,
                          subject_id, result, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, at, d.actorId(), address, action, objectType, objectId, d.subjectId(), d.outcome(), details,
                        head.hash(), hash)
                .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        return seq;
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
