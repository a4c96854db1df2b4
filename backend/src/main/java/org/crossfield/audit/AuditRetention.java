package org.crossfield.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes entries older than the retention period (for the retention job): always a prefix of the chain, and the
 * chain's anchor moves to the last removed entry, so that the check still starts from a known hash and a removal in
 * the middle is still found. No method security: called by the scheduled job, never by a screen.
 */
@Component
public class AuditRetention {

    private final JdbcClient jdbc;

    AuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes the entries that occurred before {@code cutoff} (and everything before them in the chain); returns how many. */
    @Transactional
    public int removeEntriesBefore(Instant cutoff) {
        record Anchor(long seq, String hash) {
        }
        // the chain's lock first: no append in between, and the same order of locks as an append
        jdbc.sql("select last_seq from audit_chain where id = 1 for update").query(Long.class).single();
        Anchor last = jdbc.sql("""
                        select seq, hash from audit_entry where seq = (select max(seq) from audit_entry where occurred_at < ?)""")
                .param(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query((rs, n) -> new Anchor(rs.getLong(1), rs.getString(2))).optional().orElse(null);
        if (last == null) {
            return 0;
        }
        int removed = jdbc.sql("delete from audit_entry where seq <= ?").param(last.seq()).update();
        jdbc.sql("update audit_chain set anchor_seq = ?, anchor_hash = ? where id = 1").params(last.seq(), last.hash()).update();
        return removed;
    }
}
