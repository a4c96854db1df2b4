package org.crossfield.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo KPI targets for this year and last for every programme, set by the demo coordinator, and measured figures
 * (website visitors, material downloads) per half-year, so the dashboard has targets to compare against.
 */
@Component
class ReportingSandbox implements SandboxContribution {

    /** After collaborations (10) and their outcomes (20). */
    static final int ORDER = 50;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        SplittableRandom random = context.random("reporting");
        long coordinator = context.demoAccount("coordinator");
        Timestamp at = Timestamp.from(context.now().truncatedTo(ChronoUnit.SECONDS));
        int thisYear = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).getYear();
        List<Long> programmes = jdbc.queryForList("select id from pub_programme order by id", Long.class);
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> figures = new ArrayList<>();
        for (long programme : programmes) {
            for (int year = thisYear - 1; year <= thisYear; year++) {
                Date from = Date.valueOf(LocalDate.of(year, 1, 1));
                Date to = Date.valueOf(LocalDate.of(year, 12, 31));
                target(targets, programme, "COLLABORATIONS_STARTED", from, to, 5 + random.nextInt(10), coordinator, at);
                target(targets, programme, "MATCHES_ACCEPTED", from, to, 5 + random.nextInt(10), coordinator, at);
                target(targets, programme, "TIME_TO_MATCH", from, to, 30 + 5 * random.nextInt(8), coordinator, at);
                target(targets, programme, "JOINT_PUBLICATIONS", from, to, 2 + random.nextInt(5), coordinator, at);
                target(targets, programme, "CONFERENCE_TALKS", from, to, 3 + random.nextInt(6), coordinator, at);
                target(targets, programme, "PEOPLE_REACHED", from, to, 500 * (2 + random.nextInt(8)), coordinator, at);
                target(targets, programme, "WEBSITE_VISITORS", from, to, 1000 * (5 + random.nextInt(20)), coordinator, at);
                target(targets, programme, "MATERIAL_DOWNLOADS", from, to, 100 * (2 + random.nextInt(10)), coordinator, at);
                for (int half = 0; half < 2; half++) {
                    LocalDate start = LocalDate.of(year, half == 0 ? 1 : 7, 1);
                    if (!start.isBefore(LocalDate.ofInstant(context.now(), ZoneOffset.UTC))) {
                        continue;
                    }
                    Date first = Date.valueOf(start);
                    Date last = Date.valueOf(start.plusMonths(6).minusDays(1));
                    figures.add(new Object[] {programme, "WEBSITE_VISITORS", first, last,
                        BigDecimal.valueOf(2000 + random.nextInt(9000)), "Web analytics (demo)", coordinator, at});
                    figures.add(new Object[] {programme, "MATERIAL_DOWNLOADS", first, last,
                        BigDecimal.valueOf(50 + random.nextInt(400)), "Leaflet downloads (demo)", coordinator, at});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into kpi_target (programme_id, kpi_code, period_from, period_to, target, set_by, set_at, demo)
                values (?, ?, ?, ?, ?, ?, ?, true)""", targets);
        jdbc.batchUpdate("""
                insert into kpi_measurement (programme_id, kpi_code, period_from, period_to, measured_value, note, entered_by,
                  entered_at, demo) values (?, ?, ?, ?, ?, ?, ?, ?, true)""", figures);
    }

    private static void target(List<Object[]> rows, long programme, String kpi, Date from, Date to, int value, long by,
                               Timestamp at) {
        rows.add(new Object[] {programme, kpi, from, to, BigDecimal.valueOf(value), by, at});
    }
}
