package org.crossfield.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from the anchor (what retention removed) to the head in pages of sequence numbers: every entry must
 * follow the previous one without a gap, carry its hash as "previous hash" and hash to its stored hash; the last one
 * must be the head. Entries appended while the check runs (after the head it read first) are left for the next check.
 */
@Component
class AuditVerifier {

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditVerification verify() {
        record Chain(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
        }
        Chain chain = jdbc.sql("select last_seq, last_hash, anchor_seq, anchor_hash from audit_chain where id = 1")
                .query((rs, n) -> new Chain(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).single();
        long expected = chain.anchorSeq() + 1;
        String previous = chain.anchorHash();
        long checked = 0;
        while (expected <= chain.lastSeq()) {
            List<AuditChain.Row> rows = jdbc.sql("""
                            select seq, occurred_at, actor_id, remote_address, action, object_type, object_id, subject_id,
                              result, details, detail_key, detail_args, prev_hash, hash from audit_entry where seq >= ? and seq <= ? order by seq limit ?""")
                    .params(expected, chain.lastSeq(), PAGE)
                    .query(AuditVerifier::row).list();
            if (rows.isEmpty()) {
                return broken(checked, chain.lastSeq(), chain.lastHash(), expected, expected == chain.lastSeq()
                        ? "Entry " + expected + ", the last one, is missing."
                        : "Entries " + expected + " to " + chain.lastSeq() + ", the last ones, are missing.");
            }
            for (AuditChain.Row row : rows) {
                if (row.seq() != expected) {
                    return broken(checked, chain.lastSeq(), chain.lastHash(), expected, row.seq() == expected + 1
                            ? "Entry " + expected + " is missing."
                            : "Entries " + expected + " to " + (row.seq() - 1) + " are missing.");
                }
                if (!previous.equals(row.prevHash())) {
                    return broken(checked, chain.lastSeq(), chain.lastHash(), row.seq(), "Entry " + row.seq()
                            + " does not carry the previous entry's hash: an entry before it was altered or replaced.");
                }
                if (!AuditChain.hash(row).equals(row.hash())) {
                    return broken(checked, chain.lastSeq(), chain.lastHash(), row.seq(), "Entry " + row.seq()
                            + " was altered: its fields no longer match its hash.");
                }
                previous = row.hash();
                expected++;
                checked++;
            }
        }
        if (!previous.equals(chain.lastHash())) {
            return broken(checked, chain.lastSeq(), chain.lastHash(), chain.lastSeq(), "The last entry ("
                    + chain.lastSeq() + ") does not match the chain's head: it was altered or replaced.");
        }
        return new AuditVerification(true, checked, chain.lastSeq(), chain.lastHash(), null, null);
    }

    private static AuditVerification broken(long checked, long headSeq, String headHash, long seq, String problem) {
        return new AuditVerification(false, checked, headSeq, headHash, seq, problem);
    }

    private static AuditChain.Row row(ResultSet rs, int n) throws SQLException {
        return new AuditChain.Row(rs.getLong("seq"), rs.getObject("occurred_at", LocalDateTime.class),
                nullableLong(rs, "actor_id"), rs.getString("remote_address"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), nullableLong(rs, "subject_id"),
                rs.getString("result"), rs.getString("details"), rs.getString("detail_key"), rs.getString("detail_args"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
