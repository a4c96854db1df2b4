package org.crossfield.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.csv.CsvCells;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: administrators search it, export it as CSV and check its chain; everyone's personal-data
 * export includes the entries about them. Entries are written only by the audit module itself (on
 * {@link AuditEvent}s, sign-ins and account changes); nothing here changes or removes one.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** The most rows one CSV export writes. */
    public static final int CSV_LIMIT = 100_000;

    private static final String COLUMNS = """
            select e.seq, e.occurred_at, e.actor_id, a.display_name as actor_name, e.remote_address, e.action,
              e.object_type, e.object_id, e.subject_id, s.display_name as subject_name, e.result as outcome, e.details,
              e.detail_key, e.detail_args, e.hash
            from audit_entry e left join pub_app_user a on a.id = e.actor_id left join pub_app_user s on s.id = e.subject_id
            """;

    private final JdbcClient jdbc;
    private final AuditVerifier verifier;
    private final ApplicationEventPublisher events;

    AuditLog(JdbcClient jdbc, AuditVerifier verifier, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.events = events;
    }

    /** The entries a person did or that are about them, oldest first (for their personal-data export). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN) or @access.isSelf(#personId)")
    public List<AuditEntry> entriesAbout(long personId) {
        return jdbc.sql(COLUMNS + " where e.actor_id = :p or e.subject_id = :p order by e.seq")
                .param("p", personId).query(AuditLog::entry).list();
    }

    /** A page of the entries that match, newest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Slice<AuditEntry> search(AuditFilter filter, Pageable page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter == null ? AuditFilter.ALL : filter, params);
        int size = page.isPaged() ? page.getPageSize() : 500;
        long offset = page.isPaged() ? page.getOffset() : 0;
        List<AuditEntry> rows = jdbc.sql(COLUMNS + where + " order by e.seq desc limit " + (size + 1) + " offset " + offset)
                .params(params).query(AuditLog::entry).list();
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows, page, more);
    }

    /**
     * Writes the matching entries (newest first, at most {@link #CSV_LIMIT}) as CSV with a header line, headings and
     * names as {@link AuditCsvNames#MACHINE} gives them (codes, for scripts).
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public int writeCsv(AuditFilter filter, Writer out) {
        return writeCsv(filter, out, AuditCsvNames.MACHINE);
    }

    /**
     * Writes the matching entries (newest first, at most {@link #CSV_LIMIT}) as CSV with a header line, headings and
     * readable names as {@code names} gives them and the codes in columns of their own; cells that a spreadsheet would
     * run as a formula are neutralised. The export itself is audited.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public int writeCsv(AuditFilter filter, Writer out, AuditCsvNames names) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter == null ? AuditFilter.ALL : filter, params);
        int[] count = {0};
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(names.headings().stream().map(CsvCells::safe).toArray(String[]::new)).get())) {
            jdbc.sql(COLUMNS + where + " order by e.seq desc limit " + CSV_LIMIT).params(params).query(rs -> {
                AuditEntry e = entry(rs, 0);
                try {
                    csv.printRecord(e.seq(), e.occurredAt().toString(), e.actorId(), CsvCells.safe(e.actorName()),
                            CsvCells.safe(e.remoteAddress()), CsvCells.safe(names.action(e.action())),
                            CsvCells.safe(e.action()), CsvCells.safe(names.object(e)), CsvCells.safe(e.objectType()),
                            CsvCells.safe(e.objectId()), e.subjectId(), CsvCells.safe(e.subjectName()),
                            CsvCells.safe(names.outcome(e.outcome())), CsvCells.safe(e.outcome()),
                            CsvCells.safe(names.details(e)), e.hash());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                count[0]++;
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEvent.of(AuditActions.AUDIT_LOG_EXPORTED, "AUDIT_LOG", null)
                .withDetail(AuditDetail.ENTRIES_EXPORTED, count[0]));
        return count[0];
    }

    /** Checks the whole chain (as {@code crossfield.jar audit verify} does). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** The actions recorded so far, for the search's choice. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    /** The kinds of object recorded so far, for the search's choice. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<String> objectTypes() {
        return jdbc.sql("select distinct object_type from audit_entry where object_type is not null order by object_type")
                .query(String.class).list();
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.person() != null && !f.person().isBlank()) {
            String person = f.person().strip();
            if (person.matches("\\d{1,18}")) {
                parts.add("(e.actor_id = :pid or e.subject_id = :pid)");
                params.put("pid", Long.parseLong(person));
            } else {
                parts.add("(e.actor_id in (select id from pub_app_user where lower(email) like :pq or lower(display_name) like :pq)"
                        + " or e.subject_id in (select id from pub_app_user where lower(email) like :pq or lower(display_name) like :pq))");
                params.put("pq", "%" + like(person.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (f.action() != null && !f.action().isBlank()) {
            String action = f.action().strip().toUpperCase(Locale.ROOT);
            if (action.endsWith("*")) {
                parts.add("e.action like :action");
                params.put("action", like(action.substring(0, action.length() - 1)) + "%");
            } else {
                parts.add("e.action = :action");
                params.put("action", action);
            }
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            parts.add("e.object_type = :otype");
            params.put("otype", f.objectType().strip().toUpperCase(Locale.ROOT));
        }
        if (f.objectId() != null && !f.objectId().isBlank()) {
            parts.add("e.object_id = :oid");
            params.put("oid", f.objectId().strip());
        }
        if (f.from() != null) {
            parts.add("e.occurred_at >= :from");
            params.put("from", LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        }
        if (f.to() != null) {
            parts.add("e.occurred_at < :to");
            params.put("to", LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                AuditVerifier.nullableLong(rs, "actor_id"), rs.getString("actor_name"), rs.getString("remote_address"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                AuditVerifier.nullableLong(rs, "subject_id"), rs.getString("subject_name"), rs.getString("outcome"),
                rs.getString("details"), rs.getString("detail_key"), AuditAppender.arguments(rs.getString("detail_args")),
                rs.getString("hash"));
    }
}
