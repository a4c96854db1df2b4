package org.crossfield.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPI definitions (from kpis.csv; administrators add measured ones), coordinators' targets per programme, KPI and
 * period, and the measured figures they enter. Computed KPIs are defined in code ({@link ComputedKpi}).
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KpiService(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Every KPI, in the order of kpis.csv, then the ones administrators added. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<KpiDefinitionSummary> definitions() {
        return jdbc.query("select code, title, unit, how_counted, kind from kpi_definition order by position, code limit 500",
                (rs, i) -> new KpiDefinitionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        KpiKind.valueOf(rs.getString(5))));
    }

    /** Adds a KPI entered as a measured figure. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public KpiDefinitionSummary defineMeasuredKpi(DefineKpiCmd cmd) {
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidReportException("reporting.error.code-format", "A KPI code is 2 to 40 capital letters, digits or underscores and starts with a letter, e.g. NEWSLETTER_SUBSCRIBERS.");
        }
        String title = text(cmd.title(), 200, "title", "title");
        String unit = text(cmd.unit(), 20, "unit", "unit (e.g. count, EUR, people)");
        String how = text(cmd.howCounted(), 500, "how", "description of how it is counted");
        Integer exists = jdbc.queryForObject("select count(*) from kpi_definition where code = ?", Integer.class, code);
        if (exists != null && exists > 0 || ComputedKpi.of(code).isPresent()) {
            throw new InvalidReportException("reporting.error.code-exists", "A KPI with the code " + code + " already exists.", code);
        }
        jdbc.update("insert into kpi_definition (code, title, unit, how_counted, kind, position, created_by) values (?, ?, ?, ?, 'MEASURED', 1000, ?)",
                code, title, unit, how, CurrentUser.require().getId());
        audit("KPI", code, AuditDetail.MEASURED_KPI_DEFINED);
        return new KpiDefinitionSummary(code, title, unit, how, KpiKind.MEASURED);
    }

    @PreAuthorize("@reportAccess.canManage(#programmeId)")
    public List<KpiTargetSummary> targets(Long programmeId) {
        return jdbc.query("""
                select t.id, t.programme_id, p.code, t.kpi_code, d.title, t.period_from, t.period_to, t.target
                from kpi_target t join pub_programme p on p.id = t.programme_id join kpi_definition d on d.code = t.kpi_code
                where t.programme_id = ? order by t.period_from desc, d.position, t.kpi_code limit 1000""",
                (rs, i) -> new KpiTargetSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8).stripTrailingZeros()),
                programmeId);
    }

    /** Sets the target; a target for the same programme, KPI and period is replaced. */
    @PreAuthorize("@reportAccess.canManage(#cmd.programmeId())")
    @Transactional
    public KpiTargetSummary setTarget(SetTargetCmd cmd) {
        KpiDefinitionSummary kpi = kpi(cmd.kpiCode());
        period(cmd.from(), cmd.to());
        BigDecimal value = amount(cmd.target(), "target");
        jdbc.update("""
                insert into kpi_target (programme_id, kpi_code, period_from, period_to, target, set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on duplicate key update target = values(target), set_by = values(set_by), set_at = values(set_at), version = version + 1""",
                cmd.programmeId(), kpi.code(), cmd.from(), cmd.to(), value, CurrentUser.require().getId(), now());
        audit("KPI_TARGET", cmd.programmeId() + "/" + kpi.code(), AuditDetail.TARGET_SET, value, cmd.from(), cmd.to());
        return targets(cmd.programmeId()).stream().filter(t -> t.kpiCode().equals(kpi.code()) && t.from().equals(cmd.from())
                && t.to().equals(cmd.to())).findFirst().orElseThrow();
    }

    @PreAuthorize("@reportAccess.canManageTarget(#targetId)")
    @Transactional
    public void removeTarget(long targetId) {
        jdbc.update("delete from kpi_target where id = ?", targetId);
        audit("KPI_TARGET", Long.toString(targetId), AuditDetail.TARGET_REMOVED);
    }

    @PreAuthorize("@reportAccess.canManage(#programmeId)")
    public List<MeasuredFigure> measurements(Long programmeId) {
        return jdbc.query("""
                select m.id, m.programme_id, p.code, m.kpi_code, d.title, m.period_from, m.period_to, m.measured_value, m.note,
                       u.display_name
                from kpi_measurement m join pub_programme p on p.id = m.programme_id join kpi_definition d on d.code = m.kpi_code
                join pub_app_user u on u.id = m.entered_by
                where m.programme_id = ? order by m.period_from desc, d.position, m.kpi_code limit 1000""",
                (rs, i) -> new MeasuredFigure(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8).stripTrailingZeros(),
                        rs.getString(9), rs.getString(10)),
                programmeId);
    }

    /** Enters a measured figure; one for the same programme, KPI and period is replaced. Only MEASURED KPIs take figures. */
    @PreAuthorize("@reportAccess.canManage(#cmd.programmeId())")
    @Transactional
    public MeasuredFigure recordMeasurement(RecordMeasurementCmd cmd) {
        KpiDefinitionSummary kpi = kpi(cmd.kpiCode());
        if (kpi.kind() != KpiKind.MEASURED) {
            throw new InvalidReportException("reporting.error.computed", kpi.title()
                    + " is counted by Crossfield itself; only measured figures can be entered.", kpi.title());
        }
        period(cmd.from(), cmd.to());
        BigDecimal value = amount(cmd.value(), "figure");
        String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
        if (note != null && note.length() > 500) {
            throw new InvalidReportException("reporting.error.note-length", "Keep the note to 500 characters.", 500);
        }
        jdbc.update("""
                insert into kpi_measurement (programme_id, kpi_code, period_from, period_to, measured_value, note, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update measured_value = values(measured_value), note = values(note), entered_by = values(entered_by),
                  entered_at = values(entered_at), version = version + 1""",
                cmd.programmeId(), kpi.code(), cmd.from(), cmd.to(), value, note, CurrentUser.require().getId(), now());
        audit("KPI_MEASUREMENT", cmd.programmeId() + "/" + kpi.code(), AuditDetail.FIGURE_SET, value, cmd.from(), cmd.to());
        return measurements(cmd.programmeId()).stream().filter(m -> m.kpiCode().equals(kpi.code()) && m.from().equals(cmd.from())
                && m.to().equals(cmd.to())).findFirst().orElseThrow();
    }

    @PreAuthorize("@reportAccess.canManageMeasurement(#measurementId)")
    @Transactional
    public void removeMeasurement(long measurementId) {
        jdbc.update("delete from kpi_measurement where id = ?", measurementId);
        audit("KPI_MEASUREMENT", Long.toString(measurementId), AuditDetail.FIGURE_REMOVED);
    }

    private void audit(String objectType, String objectId, AuditDetail detail, Object... arguments) {
        events.publishEvent(AuditEvent.of(AuditActions.KPI_CHANGED, objectType, objectId).withDetail(detail, arguments));
    }

    private KpiDefinitionSummary kpi(String code) {
        Optional<KpiDefinitionSummary> kpi = code == null ? Optional.empty() : jdbc.query(
                "select code, title, unit, how_counted, kind from kpi_definition where code = ?",
                (rs, i) -> new KpiDefinitionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        KpiKind.valueOf(rs.getString(5))), code).stream().findFirst();
        return kpi.orElseThrow(() -> new InvalidReportException("reporting.error.choose-kpi", "Choose a KPI."));
    }

    static void period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidReportException("reporting.error.period-days", "Choose the first and the last day of the period.");
        }
        if (from.isAfter(to)) {
            throw new InvalidReportException("reporting.error.period-order", "The period must start on or before its last day.");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new InvalidReportException("reporting.error.period-years", "Choose a period between 2000 and 2100.");
        }
    }

    private static BigDecimal amount(BigDecimal value, String what) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new InvalidReportException("reporting.error." + what + "-range", "Enter the " + what
                    + " as a number from 0 to 9,999,999,999,999.", MAX_VALUE);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidReportException("reporting.error." + what + "-decimals", "Enter the " + what
                    + " with at most two decimals.");
        }
        return value;
    }

    /** @param field the field's name in the text's key ({@code reporting.error.<field>-length}) */
    private static String text(String value, int max, String field, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidReportException("reporting.error." + field + "-length", "Enter a " + what + " of at most " + max
                    + " characters.", max);
        }
        return v;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
}
