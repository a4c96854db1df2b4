package org.crossfield.reporting.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.crossfield.collaboration.OutcomeTotals;
import org.crossfield.reporting.KpiReport;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportFile;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportService;
import org.crossfield.testsupport.BackendTestApplication;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On-demand benchmark, not part of the test suite (its name matches no test pattern): the coordinator's report over
 * {@code crossfield.bench.rows} outcomes and as many dissemination activities (default 1,000,000 each, about 1.4
 * audiences per activity) on 20,000 collaborations spread over the sandbox programmes and four years. Run with
 * {@code ci/bench-reports.sh [rows]}. The rows are generated once in SQL (INSERT … SELECT over MariaDB's sequence
 * engine) into target/report-bench-mariadb and reused. Times the dashboard's query set
 * ({@link ReportService#report}) and each export, as the demo coordinator, who coordinates every programme.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "crossfield.embedded-database.directory=target/report-bench-mariadb",
        "crossfield.embedded-database.fresh=false",
        "crossfield.embedded-database.name=crossfield_report_bench",
        "crossfield.database.recreate=false",
        "spring.datasource.url="})
@ActiveProfiles("test")
class ReportBenchmark {

    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
    private static final int COLLABORATIONS = 20_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 1_430;
    /** Timed runs per case, after one warm-up run (-Dcrossfield.bench.runs, -Dcrossfield.bench.export-runs). */
    private static final int RUNS = Integer.getInteger("crossfield.bench.runs", 20);
    private static final int EXPORT_RUNS = Integer.getInteger("crossfield.bench.export-runs", 10);

    @Autowired
    ReportService reports;
    @Autowired
    ReportExports exports;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @Test
    void reportOverAMillionOutcomesAndActivities() {
        int rows = Integer.getInteger("crossfield.bench.rows", 1_000_000);
        generate(rows);
        long outcomes = jdbc.queryForObject("select count(*) from outcome", Long.class);
        long activities = jdbc.queryForObject("select count(*) from dissemination_activity", Long.class);
        long audiences = jdbc.queryForObject("select count(*) from dissemination_audience", Long.class);
        long collaborations = jdbc.queryForObject("select count(*) from collaboration", Long.class);
        List<Long> programmes = jdbc.queryForList("select id from programme order by id", Long.class);
        System.out.printf(Locale.ROOT, "REPORT BENCHMARK: %,d outcomes, %,d dissemination activities (%,d audiences), %,d collaborations,"
                + " %d programmes%n", outcomes, activities, audiences, collaborations, programmes.size());

        long partner = jdbc.queryForObject("""
                select partner_organisation_id from collaboration where partner_organisation_id is not null
                group by partner_organisation_id order by count(*) desc limit 1""", Long.class);
        String country = jdbc.queryForObject("select country from organisation where id = ?", String.class, partner);
        ReportFilter allYear = ReportFilter.year(2026, programmes);
        Map<String, ReportFilter> filters = new LinkedHashMap<>();
        filters.put("all " + programmes.size() + " programmes, 2026", allYear);
        filters.put("one programme, 2026", ReportFilter.year(2026, List.of(programmes.getFirst())));
        filters.put("all programmes, 2026, partner + country " + country, allYear.withPartner(partner).withCountry(country));
        filters.put("all programmes, 15 Jan - 14 Nov 2026 (partial months)",
                allYear.withPeriod(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 11, 14)));

        filters.forEach((name, filter) -> time("dashboard | " + name, RUNS, () -> {
            KpiReport report = runAs.as(COORDINATOR, () -> reports.report(filter));
            return report.outcomeTotal() + " outcomes";
        }));
        time("CSV  | " + filters.keySet().iterator().next(), EXPORT_RUNS, () -> size(runAs.as(COORDINATOR, () -> exports.csv(allYear))));
        time("XLSX | " + filters.keySet().iterator().next(), EXPORT_RUNS, () -> size(runAs.as(COORDINATOR, () -> exports.xlsx(allYear))));
        time("PDF  | " + filters.keySet().iterator().next(), EXPORT_RUNS, () -> size(runAs.as(COORDINATOR, () -> exports.pdf(allYear))));
    }

    private static String size(ReportFile file) {
        return String.format(Locale.ROOT, "%,d bytes", file.bytes().length);
    }

    private static void time(String name, int runs, Supplier<String> action) {
        List<Double> ms = new ArrayList<>();
        String result = "";
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            result = action.get();
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (i >= 1) { // the first run warms the caches and the JIT
                ms.add(elapsed);
            }
        }
        List<Double> sorted = ms.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf(Locale.ROOT, "REPORT | %-70s | %-18s | median %8.1f ms | p95 %8.1f ms | n=%d%n", name, result, median, p95,
                sorted.size());
    }

    /** Collaborations, outcomes, activities and audiences in SQL, once; deterministic from the row number. */
    private void generate(int rows) {
        long existing = jdbc.queryForObject("select count(*) from outcome", Long.class);
        if (existing >= rows) {
            System.out.printf(Locale.ROOT, "REPORT BENCHMARK: reusing %,d generated outcomes%n", existing);
            return;
        }
        long t0 = System.nanoTime();
        long recorder = jdbc.queryForObject("select id from app_user where email = ?", Long.class, COORDINATOR);
        jdbc.execute("drop table if exists bench_programme");
        jdbc.execute("create table bench_programme (n int primary key, id bigint)");
        jdbc.execute("insert into bench_programme select row_number() over (order by id) - 1, id from programme");
        jdbc.execute("drop table if exists bench_company");
        jdbc.execute("create table bench_company (n int primary key, id bigint)");
        jdbc.execute("insert into bench_company select row_number() over (order by id) - 1, id from organisation where type = 'COMPANY'");
        jdbc.execute("drop table if exists bench_academic");
        jdbc.execute("create table bench_academic (n int primary key, id bigint)");
        jdbc.execute("insert into bench_academic select row_number() over (order by id) - 1, id from organisation"
                + " where type in ('UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE')");
        jdbc.execute("drop table if exists bench_student");
        jdbc.execute("create table bench_student (n int primary key, id bigint)");
        jdbc.execute("insert into bench_student select row_number() over (order by u.id) - 1, u.id from app_user u"
                + " join user_role r on r.user_id = u.id and r.role = 'STUDENT'");
        int programmes = count("bench_programme");
        int companies = count("bench_company");
        int academics = count("bench_academic");
        int students = count("bench_student");
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, student_id, partner_organisation_id, academic_organisation_id,
                  status, started_at, ended_at, demo)
                select p.id, concat('Benchmark collaboration ', s.seq), 'OFFER', st.id, co.id, ac.id,
                  case when s.seq %% 10 = 0 then 'COMPLETED' when s.seq %% 29 = 0 then 'CANCELLED' else 'ACTIVE' end,
                  timestamp(date_add(?, interval (s.seq * 7919) %% ? day), '12:00:00'), null, true
                from seq_1_to_%d s
                join bench_programme p on p.n = s.seq %% %d
                join bench_company co on co.n = (s.seq * 31) %% %d
                join bench_academic ac on ac.n = (s.seq * 17) %% %d
                join bench_student st on st.n = s.seq %% %d""".formatted(COLLABORATIONS, programmes, companies, academics, students),
                FIRST_DAY, DAYS);
        // nine in ten collaborations signed their agreement within two months of starting (collaborations started)
        jdbc.update("""
                insert into agreement (collaboration_id, programme_id, title, regime_code, template_id, status, current_version,
                  started_by, created_at, status_changed_at, signed_version, signed_sha256, signed_at, demo)
                select c.id, c.programme_id, 'Benchmark agreement', t.regime_code, t.id, 'SIGNED', 1, ?, c.started_at,
                  c.started_at + interval (c.id % 60) day, 1, repeat('0', 64), c.started_at + interval (c.id % 60) day, true
                from collaboration c join (select id, regime_code from agreement_template order by id limit 1) t
                where c.title like 'Benchmark collaboration %' and c.id % 10 <> 0""", recorder);
        jdbc.execute("drop table if exists bench_collaboration");
        jdbc.execute("create table bench_collaboration (n int primary key, id bigint, started date)");
        jdbc.execute("insert into bench_collaboration select row_number() over (order by id) - 1, id, date(started_at)"
                + " from collaboration where title like 'Benchmark collaboration %'");
        jdbc.execute("drop table if exists bench_type");
        jdbc.execute("create table bench_type (n int primary key, code varchar(32))");
        jdbc.execute("insert into bench_type select row_number() over (order by code) - 1, code from outcome_type");
        jdbc.execute("drop table if exists bench_activity");
        jdbc.execute("create table bench_activity (n int primary key, code varchar(32))");
        jdbc.execute("insert into bench_activity select row_number() over (order by code) - 1, code from dissemination_code where kind = 'activity'");
        jdbc.execute("drop table if exists bench_audience");
        jdbc.execute("create table bench_audience (n int primary key, code varchar(32))");
        jdbc.execute("insert into bench_audience select row_number() over (order by code) - 1, code from dissemination_code where kind = 'audience'");
        int types = count("bench_type");
        int activityTypes = count("bench_activity");
        int audienceTypes = count("bench_audience");
        int chunk = 100_000;
        for (int from = 1; from <= rows; from += chunk) {
            int to = Math.min(rows, from + chunk - 1);
            jdbc.update("""
                    insert into outcome (collaboration_id, type_code, title, occurred_on, recorded_by, doi, authors, venue,
                      joint_public_private, amount, currency, amount_eur, funder, is_public, created_at, demo)
                    select c.id, t.code, concat('Benchmark outcome ', s.seq), date_add(?, interval (s.seq * 104729) %% ? day), ?,
                      case when t.code = 'PUBLICATION' then concat('10.5555/bench.', s.seq) end,
                      case when t.code = 'PUBLICATION' then 'A. Author; B. Author; C. Industry' end,
                      case when t.code = 'PUBLICATION' then 'Journal of Benchmarks' end,
                      s.seq %% 3 = 0,
                      case when t.code = 'FURTHER_FUNDING' then 10000 + s.seq %% 90000 end,
                      case when t.code = 'FURTHER_FUNDING' then 'EUR' end,
                      case when t.code = 'FURTHER_FUNDING' then 10000 + s.seq %% 90000 end,
                      case when t.code = 'FURTHER_FUNDING' then 'Benchmark Foundation' end,
                      s.seq %% 4 = 0, now(), true
                    from seq_%d_to_%d s
                    join bench_collaboration c on c.n = s.seq %% %d
                    join bench_type t on t.n = (s.seq * 7) %% %d""".formatted(from, to, COLLABORATIONS, types),
                    FIRST_DAY, DAYS, recorder);
            jdbc.update("""
                    insert into dissemination_activity (collaboration_id, activity_code, title, occurred_on, audience_size, reach_code,
                      status, is_public, recorded_by, created_at, demo)
                    select c.id, a.code, concat('Benchmark activity ', s.seq), date_add(?, interval (s.seq * 15485863) %% ? day),
                      case when s.seq %% 7 = 0 then null else 10 + (s.seq * 13) %% 990 end, 'NATIONAL',
                      case when s.seq %% 10 < 7 then 'DELIVERED' when s.seq %% 10 < 9 then 'ONGOING' else 'POSTPONED' end,
                      false, ?, now(), true
                    from seq_%d_to_%d s
                    join bench_collaboration c on c.n = (s.seq * 3) %% %d
                    join bench_activity a on a.n = (s.seq * 11) %% %d""".formatted(from, to, COLLABORATIONS, activityTypes),
                    FIRST_DAY, DAYS, recorder);
        }
        jdbc.update("""
                insert into dissemination_audience (activity_id, audience_code)
                select da.id, au.code from dissemination_activity da join bench_audience au on au.n = da.id %% %d
                where da.title like 'Benchmark activity %%'""".formatted(audienceTypes));
        jdbc.update("""
                insert ignore into dissemination_audience (activity_id, audience_code)
                select da.id, 'PATIENTS' from dissemination_activity da where da.title like 'Benchmark activity %' and da.id % 5 = 0""");
        for (String table : List.of("programme", "company", "academic", "student", "collaboration", "type", "activity", "audience")) {
            jdbc.execute("drop table bench_" + table);
        }
        jdbc.execute("analyze table collaboration, agreement, outcome, dissemination_activity, dissemination_audience");
        long t1 = System.nanoTime();
        totals.rebuild();
        jdbc.execute("analyze table outcome_month, activity_month, audience_month");
        System.out.printf(Locale.ROOT, "REPORT BENCHMARK: rebuilt the monthly totals (%,d + %,d + %,d rows) in %.1f s%n",
                count("outcome_month"), count("activity_month"), count("audience_month"), (System.nanoTime() - t1) / 1e9);
        System.out.printf(Locale.ROOT, "REPORT BENCHMARK: generated %,d outcomes and %,d activities in %.1f s%n", rows, rows,
                (System.nanoTime() - t0) / 1e9);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
