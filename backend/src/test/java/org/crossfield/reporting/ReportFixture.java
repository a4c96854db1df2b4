package org.crossfield.reporting;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.crossfield.collaboration.OutcomeTotals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A hand-made data set in fresh programmes whose every KPI is known (worked out in the comments of
 * ReportServiceIntegrationTest). Programme X holds almost everything, Y one collaboration and one publication, Z has no
 * coordinator. Partner P1 is a Belgian company, P2 a Dutch one; U1 a German university, U2 a Belgian hospital.
 */
final class ReportFixture {

    final long x;
    final long y;
    final long z;
    final long p1;
    final long p2;
    final long u1;
    final long u2;
    private final JdbcTemplate jdbc;
    private final long recorder;

    private ReportFixture(JdbcTemplate jdbc, String suffix) {
        this.jdbc = jdbc;
        recorder = jdbc.queryForObject("select id from app_user where email = 'coordinator@demo.crossfield.org'", Long.class);
        x = insert("insert into programme (code, name) values (?, ?)", "RPT-X" + suffix, "Report test programme X" + suffix);
        y = insert("insert into programme (code, name) values (?, ?)", "RPT-Y" + suffix, "Report test programme Y" + suffix);
        z = insert("insert into programme (code, name) values (?, ?)", "RPT-Z" + suffix, "Report test programme Z" + suffix);
        jdbc.update("insert into programme_coordinator (programme_id, user_id) values (?, ?), (?, ?)", x, recorder, y, recorder);
        p1 = org("Report Test Pharma" + suffix, "COMPANY", "BE");
        p2 = org("Report Test Analytics" + suffix, "COMPANY", "NL");
        u1 = org("Report Test University" + suffix, "UNIVERSITY", "DE");
        u2 = org("Report Test Hospital" + suffix, "HOSPITAL", "BE");
        long s1 = user("s1" + suffix, null);
        long s2 = user("s2" + suffix, null);
        long s3 = user("s3" + suffix, null);
        long s4 = user("s4" + suffix, null);
        long s5 = user("s5" + suffix, null);
        long m1 = user("m1" + suffix, p1);
        long m2 = user("m2" + suffix, p2);
        long sup = user("sup" + suffix, u1);

        // accepted (started_at) and agreement signed: the signature is what counts as "started"
        long c1 = collaboration(x, p1, u1, s1, "ACTIVE", "2025-02-10", null);
        long c2 = collaboration(x, p2, u2, s2, "COMPLETED", "2025-03-05", "2025-11-30");
        long c3 = collaboration(x, p1, u2, s1, "ACTIVE", "2024-06-01", null);
        long c4 = collaboration(x, p2, u1, s3, "CANCELLED", "2025-07-01", "2025-08-01");
        long c5 = collaboration(x, p1, u1, s4, "ACTIVE", "2026-01-15", null);
        long c6 = collaboration(y, p1, u1, s5, "ACTIVE", "2025-04-01", null);
        signedAgreement(c1, x, "2025-02-20");
        signedAgreement(c1, x, "2025-09-01"); // a second agreement does not start it again
        signedAgreement(c2, x, "2025-03-15");
        signedAgreement(c3, x, "2025-01-20"); // accepted in 2024, signed in 2025
        unsignedAgreement(c4, x); // cancelled while negotiating: never started
        signedAgreement(c5, x, "2026-02-01");
        signedAgreement(c6, y, "2025-04-10");

        outcome(c1, "PUBLICATION", "2025-05-01", true, null);
        outcome(c1, "PUBLICATION", "2025-06-01", false, null);
        outcome(c2, "PUBLICATION", "2025-09-09", true, null);
        outcome(c3, "PUBLICATION", "2024-12-31", true, null);
        outcome(c2, "IP_LICENSING", "2025-10-10", false, null);
        outcome(c4, "IP_LICENSING", "2025-07-15", false, null);
        outcome(c1, "FURTHER_FUNDING", "2025-08-01", false, new BigDecimal("100000.00"));
        outcome(c2, "FURTHER_FUNDING", "2025-12-31", false, new BigDecimal("58000.50"));
        outcome(c5, "FURTHER_FUNDING", "2026-02-01", false, new BigDecimal("999.00"));
        outcome(c6, "PUBLICATION", "2025-05-05", true, null);

        activity(c1, "SOCIAL_MEDIA", "DELIVERED", "2025-03-01", 500, "PUBLIC");
        activity(c1, "PART_CONFERENCE", "DELIVERED", "2025-04-01", 120, "SCIENTIFIC");
        activity(c2, "ORG_CONFERENCE", "DELIVERED", "2025-05-01", 80, "SCIENTIFIC", "PATIENTS");
        activity(c2, "PRESS_RELEASE", "DELIVERED", "2025-06-01", 1000, "MEDIA", "PUBLIC");
        activity(c2, "MEDIA_BRIEFING", "ONGOING", "2025-06-15", 300, "MEDIA");
        activity(c4, "PART_WORKSHOP", "DELIVERED", "2025-07-20", 25, "PATIENTS");
        activity(c1, "PART_CONFERENCE", "POSTPONED", "2025-09-01", 200, "SCIENTIFIC");
        activity(c3, "SOCIAL_MEDIA", "DELIVERED", "2024-11-01", 50, "PUBLIC");
        activity(c1, "MEDIA_BRIEFING", "DELIVERED", "2025-10-01", null, "MEDIA");

        long pr1 = project(x, u1, sup, "2025-01-01");
        long pr2 = project(x, u2, sup, "2025-02-01");
        long ch1 = challenge(x, p1, "2025-03-01");
        long ch2 = challenge(x, p2, "2025-04-01");
        challenge(x, p1, "2024-12-01");
        challenge(x, p2, null);
        jdbc.update("insert into project_challenge (project_id, challenge_id) values (?, ?)", pr1, ch1);

        application("PROJECT", pr1, s1, "2025-02-01");
        application("PROJECT", pr2, s2, "2025-03-01");
        application("CHALLENGE", ch1, s3, "2025-04-01");
        application("CHALLENGE", ch2, s1, "2025-05-01");
        application("PROJECT", pr1, s2, null);
        application("PROJECT", pr2, s3, "2024-12-15");

        long round = insert("insert into matching_round (programme_id, name, status, created_by, created_at) values (?, ?, 'PUBLISHED', ?, ?)",
                x, "Report test round", recorder, ts("2025-01-05"));
        proposal(round, pr1, m1, "ACCEPTED", "2025-01-11");
        proposal(round, pr2, m2, "ACCEPTED", "2025-03-03");
        proposal(round, pr1, m2, "ACCEPTED", "2025-02-20");
        proposal(round, pr2, m1, "DECLINED", "2025-02-10");
        proposal(round, pr2, m1, "ACCEPTED", "2026-01-05");
        proposal(round, pr1, m1, "PENDING", null);

        target(x, "COLLABORATIONS_STARTED", "2025-01-01", "2025-12-31", "4");
        target(x, "TIME_TO_MATCH", "2025-01-01", "2025-12-31", "20");
        target(y, "TIME_TO_MATCH", "2025-01-01", "2025-12-31", "40");
        target(x, "WEBSITE_VISITORS", "2026-01-01", "2026-12-31", "5000");
        measurement(x, "WEBSITE_VISITORS", "2025-01-01", "2025-06-30", "1200");
        measurement(x, "WEBSITE_VISITORS", "2025-07-01", "2025-12-31", "1300");
        measurement(x, "WEBSITE_VISITORS", "2026-01-01", "2026-12-31", "999");
    }

    /** Writes the data set in SQL, then rebuilds the monthly outcome totals the report reads. */
    static ReportFixture create(JdbcTemplate jdbc, OutcomeTotals totals, String suffix) {
        ReportFixture fixture = new ReportFixture(jdbc, suffix);
        totals.rebuild();
        return fixture;
    }

    ReportFilter year2025(Long... programmes) {
        return ReportFilter.year(2025, List.of(programmes));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private static Timestamp ts(String date) {
        return date == null ? null : Timestamp.valueOf(LocalDateTime.of(LocalDate.parse(date), java.time.LocalTime.NOON));
    }

    private long org(String name, String type, String country) {
        return insert("insert into organisation (name, type, country) values (?, ?, ?)", name, type, country);
    }

    private long user(String local, Long organisation) {
        return insert("insert into app_user (email, display_name, organisation_id, created_at) values (?, ?, ?, ?)",
                local + "@report.test", "Report " + local, organisation, ts("2024-01-01"));
    }

    private long collaboration(long programme, long partner, long academic, long student, String status, String started, String ended) {
        return insert("""
                insert into collaboration (programme_id, title, origin, student_id, partner_organisation_id, academic_organisation_id,
                  status, started_at, ended_at) values (?, 'Report test collaboration', 'OFFER', ?, ?, ?, ?, ?, ?)""",
                programme, student, partner, academic, status, ts(started), ts(ended));
    }

    private void signedAgreement(long collaboration, long programme, String signed) {
        agreement(collaboration, programme, "SIGNED", signed);
    }

    private void unsignedAgreement(long collaboration, long programme) {
        agreement(collaboration, programme, "NEGOTIATION", null);
    }

    private void agreement(long collaboration, long programme, String status, String signed) {
        var template = jdbc.queryForMap("select id, regime_code from agreement_template order by id limit 1");
        insert("""
                insert into agreement (collaboration_id, programme_id, title, regime_code, template_id, status, current_version,
                  started_by, created_at, status_changed_at, signed_version, signed_sha256, signed_at)
                values (?, ?, 'Report test agreement', ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)""",
                collaboration, programme, template.get("regime_code"), template.get("id"), status, recorder, ts("2024-06-01"),
                ts(signed == null ? "2024-06-01" : signed), signed == null ? null : 1, signed == null ? null : "0".repeat(64), ts(signed));
    }

    private void outcome(long collaboration, String type, String on, boolean joint, BigDecimal eur) {
        insert("""
                insert into outcome (collaboration_id, type_code, title, occurred_on, recorded_by, joint_public_private, amount,
                  currency, amount_eur, funder, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                collaboration, type, type.charAt(0) + type.substring(1).toLowerCase() + " of " + on, LocalDate.parse(on), recorder, joint,
                eur, eur == null ? null : "EUR", eur, eur == null ? null : "Test Funder", ts(on));
    }

    private void activity(long collaboration, String code, String status, String on, Integer size, String... audiences) {
        long id = insert("""
                insert into dissemination_activity (collaboration_id, activity_code, title, occurred_on, audience_size, status,
                  recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                collaboration, code, code + " " + on, LocalDate.parse(on), size, status, recorder, ts(on));
        for (String audience : audiences) {
            jdbc.update("insert into dissemination_audience (activity_id, audience_code) values (?, ?)", id, audience);
        }
    }

    private long project(long programme, long organisation, long supervisor, String published) {
        return insert("""
                insert into phd_project (programme_id, organisation_id, supervisor_id, title, research_question, mentor_slots, status,
                  created_at, published_at) values (?, ?, ?, 'Report test project', 'Does it count?', 1, 'OPEN', ?, ?)""",
                programme, organisation, supervisor, ts(published), ts(published));
    }

    private long challenge(long programme, long organisation, String published) {
        return insert("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, created_at, published_at)
                values (?, ?, ?, 'Report test challenge', 'Summary', 'Description', '2027-12-31', 'PUBLIC', 'SYNTHETIC', 'FEDERATED', ?, ?, ?)""",
                programme, organisation, recorder, published == null ? "DRAFT" : "OPEN", ts("2024-06-01"), ts(published));
    }

    private void application(String type, long posting, long student, String submitted) {
        insert("""
                insert into application (posting_type, posting_id, student_id, status, created_at, updated_at, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?)""", type, posting, student, submitted == null ? "DRAFT" : "SUBMITTED",
                ts("2024-06-01"), ts("2024-06-01"), ts(submitted));
    }

    private void proposal(long round, long project, long mentor, String status, String decided) {
        insert("""
                insert into round_proposal (round_id, project_id, mentor_id, score, best_score, pinned, explanation, status, decided_at)
                values (?, ?, ?, 0.9, 0.9, false, 'test', ?, ?)""", round, project, mentor, status, ts(decided));
    }

    private void target(long programme, String kpi, String from, String to, String value) {
        insert("insert into kpi_target (programme_id, kpi_code, period_from, period_to, target, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?)",
                programme, kpi, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(value), recorder, ts("2025-01-01"));
    }

    private void measurement(long programme, String kpi, String from, String to, String value) {
        insert("""
                insert into kpi_measurement (programme_id, kpi_code, period_from, period_to, measured_value, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?)""", programme, kpi, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(value),
                recorder, ts("2025-01-01"));
    }
}
