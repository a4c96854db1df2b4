package org.crossfield.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossfield.i18n.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code erasure_request} table (package-private: the services check who may do what). What carrying out did is
 * stored twice: as English lines in {@code decision_note} and, since changeset 0170, as each step's kind, key and
 * arguments in {@code decision_texts} (a JSON array), which the screens word in the reader's language.
 */
@Component
class ErasureRequests {

    private static final String SELECT = """
            select r.id, r.user_id, u.display_name, u.email, r.status, r.requested_at, r.decided_at, r.decision_note, r.decision_texts
            from erasure_request r join pub_app_user u on u.id = r.user_id""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ErasureRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ErasureRequestSummary> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", ErasureRequests::row, id).stream().findFirst();
    }

    List<ErasureRequestSummary> of(long personId) {
        return jdbc.query(SELECT + " where r.user_id = ? order by r.id limit 100", ErasureRequests::row, personId);
    }

    Optional<ErasureRequestSummary> openOf(long personId) {
        return jdbc.query(SELECT + " where r.user_id = ? and r.status = 'REQUESTED' order by r.id limit 1", ErasureRequests::row,
                personId).stream().findFirst();
    }

    List<ErasureRequestSummary> list(ErasureStatus status, int limit) {
        return jdbc.query(SELECT + " where r.status = ? order by r.requested_at, r.id limit ?", ErasureRequests::row,
                status.name(), limit);
    }

    long insert(long personId, Instant at) {
        jdbc.update("insert into erasure_request (user_id, status, requested_at) values (?, 'REQUESTED', ?)", personId, Timestamp.from(at));
        Long id = jdbc.queryForObject("select max(id) from erasure_request where user_id = ?", Long.class, personId);
        return id == null ? 0 : id;
    }

    /** Moves an open request on; false when it was not open any more (someone else decided first). */
    boolean decide(long id, ErasureStatus status, Long by, Instant at, String outcome) {
        return decide(id, status, by, at, outcome, List.of());
    }

    /** As {@link #decide(long, ErasureStatus, Long, Instant, String)}, keeping what was done step by step too. */
    boolean decide(long id, ErasureStatus status, Long by, Instant at, String outcome, List<ErasureStep> done) {
        return jdbc.update("""
                update erasure_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, decision_texts = ?,
                    version = version + 1
                where id = ? and status = 'REQUESTED'""", status.name(), by, Timestamp.from(at), outcome, texts(done), id) == 1;
    }

    /** The steps as stored: a JSON array of {kind, key, args}, or null when there are none. */
    static String texts(List<ErasureStep> done) {
        if (done.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> stored = new ArrayList<>();
        for (ErasureStep step : done) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", step.kind());
            one.put("key", step.text().key());
            one.put("args", List.of(step.text().arguments()));
            stored.add(one);
        }
        return JSON.writeValueAsString(stored);
    }

    /**
     * What carrying out did: from the stored keys and arguments with the English of the note's line beside each, or,
     * for a request carried out before they were stored, the note's English lines ("kind: sentence") without a key.
     */
    static List<ErasureStep> steps(ErasureStatus status, String note, String texts) {
        if (status != ErasureStatus.CARRIED_OUT || note == null) {
            return List.of();
        }
        List<String> lines = note.lines().toList();
        List<Map<String, Object>> stored = texts == null ? List.of()
                : JSON.readValue(texts, new TypeReference<List<Map<String, Object>>>() { });
        List<ErasureStep> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            String kind = colon < 0 ? "" : line.substring(0, colon);
            String english = colon < 0 ? line : line.substring(colon + 2);
            Map<String, Object> facts = stored.size() == lines.size() ? stored.get(i) : null;
            if (facts != null && kind.equals(facts.get("kind")) && facts.get("args") instanceof List<?> args) {
                steps.add(new ErasureStep(kind, new Text((String) facts.get("key"), english, args.toArray())));
            } else {
                steps.add(new ErasureStep(kind, new Text(null, english)));
            }
        }
        return steps;
    }

    private static ErasureRequestSummary row(ResultSet rs, int i) throws SQLException {
        ErasureStatus status = ErasureStatus.valueOf(rs.getString(5));
        return new ErasureRequestSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                status, rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
                steps(status, rs.getString(8), rs.getString(9)));
    }
}
