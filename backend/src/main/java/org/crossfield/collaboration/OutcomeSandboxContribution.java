package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxSize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo workspaces: the demo student's collaboration gets hand-written milestones, meeting notes, outcomes (a joint
 * public-private open-access publication, a preprint, further funding in pounds, public software, a data set) and
 * activities (a public conference talk, a press release); every other demo collaboration gets synthetic outcomes and
 * activities from {@link OutcomeSandbox}; the demo collaboration's programme has an open reporting window that the
 * demo supervisor has already confirmed. With {@code crossfield.demo.size=large} the synthetic part is the benchmark
 * set: 500,000 outcomes and 500,000 activities.
 */
@Component
class OutcomeSandboxContribution implements SandboxContribution {

    static final int ORDER = CollaborationSandbox.ORDER + 10;
    /** The benchmark set of the large sandbox: outcome rows plus activity rows. */
    static final int LARGE_ROWS = 1_000_000;

    private final OutcomeTotals totals;

    OutcomeSandboxContribution(OutcomeTotals totals) {
        this.totals = totals;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        long student = context.demoAccount("student");
        long supervisor = context.demoAccount("supervisor");
        long coordinator = context.demoAccount("coordinator");
        List<Long> demoCollaboration = jdbc.queryForList("select id from collaboration where student_id = ? order by id limit 1",
                Long.class, student);
        LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        Timestamp now = Timestamp.from(context.now().truncatedTo(ChronoUnit.SECONDS));
        if (!demoCollaboration.isEmpty()) {
            demoWorkspace(jdbc, demoCollaboration.getFirst(), student, supervisor, today, now);
        }
        List<Long> others = jdbc.queryForList("select id from collaboration where demo = true and student_id <> ? order by id",
                Long.class, student);
        if (!others.isEmpty()) {
            boolean large = context.size().equals(SandboxSize.LARGE);
            long outcomes = large ? LARGE_ROWS / 2 : others.size() * 6L;
            long activities = large ? LARGE_ROWS / 2 : others.size() * 4L;
            OutcomeSandbox.write(jdbc, others, outcomes, activities, context.random("outcomes").nextLong(), true, context.now());
        }
        if (!demoCollaboration.isEmpty()) {
            reportingWindow(jdbc, demoCollaboration.getFirst(), coordinator, supervisor, today, now);
        }
        totals.rebuild();
    }

    private static void demoWorkspace(JdbcTemplate jdbc, long collaboration, long student, long supervisor, LocalDate today,
                                      Timestamp now) {
        milestone(jdbc, collaboration, "Data-sharing agreements with the three hospitals signed", today.minusDays(90), true, supervisor, now);
        milestone(jdbc, collaboration, "Federated Cox model running on synthetic data", today.minusDays(20), true, student, now);
        milestone(jdbc, collaboration, "First results on the registries", today.plusDays(45), false, student, now);
        milestone(jdbc, collaboration, "Paper submitted", today.plusDays(120), false, student, now);
        meeting(jdbc, collaboration, today.minusDays(60), "Stella Student, Sam Supervisor, Mona Mentor",
                "Agreed the registry variables and the federated set-up. Mona arranges access to the company's compute.",
                student, now);
        meeting(jdbc, collaboration, today.minusDays(14), "Stella Student, Sam Supervisor, Mona Mentor",
                "Reviewed the synthetic-data results. Next: run on the first registry; draft the methods section.",
                supervisor, now);

        EnumSet<CreditRole> roles = EnumSet.of(CreditRole.CONCEPTUALIZATION, CreditRole.FORMAL_ANALYSIS, CreditRole.SOFTWARE,
                CreditRole.WRITING_ORIGINAL_DRAFT);
        outcome(jdbc, collaboration, student, now, "PUBLICATION", "Federated survival analysis without moving patient data",
                null, today.minusDays(45), "10.5555/crossfield.demo.1", "Student, Stella; Supervisor, Sam; Mentor, Mona",
                "Journal of Health Data Science", today.minusDays(45).getYear(), "journal-article", true, true,
                CreditRole.join(roles), null, null, null, null, true);
        outcome(jdbc, collaboration, student, now, "PUBLICATION", "Privacy budgets for federated Cox models (preprint)",
                null, today.minusDays(10), "10.5555/crossfield.demo.2", "Student, Stella; Supervisor, Sam",
                "medRxiv", today.minusDays(10).getYear(), "preprint", true, false, CreditRole.join(EnumSet.of(CreditRole.METHODOLOGY)),
                null, null, null, null, false);
        BigDecimal grant = new BigDecimal("85000.00");
        outcome(jdbc, collaboration, supervisor, now, "FURTHER_FUNDING", "Follow-on grant for the hospital federation",
                "Two years of a research software engineer.", today.minusDays(30), null, null, null, null, null, false, false,
                null, grant, "GBP", "Wellcome", null, false);
        outcome(jdbc, collaboration, student, now, "SOFTWARE", "fedsurv: an open-source federated survival package",
                "Python package with the federated Cox model and its privacy accounting.", today.minusDays(25), null, null,
                null, null, null, false, false, null, null, null, null, "https://example.org/fedsurv", true);
        outcome(jdbc, collaboration, student, now, "DATABASE_MODEL", "Synthetic cardiac registry for method testing",
                "10,000 synthetic patients with the registries' variables.", today.minusDays(70), null, null, null, null, null,
                false, false, null, null, null, null, null, false);

        activity(jdbc, collaboration, student, now, "PART_CONFERENCE", "Talk at the European health data science conference",
                today.minusDays(40), 180, "INTERNATIONAL", "DELIVERED", "https://example.org/programme#talk-17", true,
                List.of("SCIENTIFIC", "INDUSTRY"));
        activity(jdbc, collaboration, supervisor, now, "PRESS_RELEASE", "Hospitals learn together without sharing records",
                today.minusDays(35), null, "NATIONAL", "DELIVERED", null, false, List.of("PUBLIC", "MEDIA"));
    }

    private static void reportingWindow(JdbcTemplate jdbc, long collaboration, long coordinator, long supervisor,
                                        LocalDate today, Timestamp now) {
        long programme = jdbc.queryForObject("select programme_id from collaboration where id = ?", Long.class, collaboration);
        LocalDate due = today.plusDays(60);
        String season = due.getMonthValue() <= 6 ? "Spring " : "Autumn ";
        jdbc.update("insert into reporting_window (programme_id, title, due_on, opened_by, opened_at, demo, version) "
                + "values (?, ?, ?, ?, ?, true, 0)", programme, season + due.getYear() + " report", Date.valueOf(due),
                coordinator, now);
        long window = jdbc.queryForObject("select max(id) from reporting_window where programme_id = ?", Long.class, programme);
        for (String role : List.of("STUDENT", "SUPERVISOR", "MENTOR")) {
            String column = role.toLowerCase(java.util.Locale.ROOT) + "_id";
            jdbc.update("insert ignore into reporting_party (window_id, collaboration_id, user_id, party_role) select ?, c.id, c."
                    + column + ", ? from collaboration c where c.programme_id = ? and c.status = 'ACTIVE' and c." + column
                    + " is not null", window, role, programme);
        }
        jdbc.update("update reporting_party set confirmed_at = ? where window_id = ? and collaboration_id = ? and user_id = ?",
                now, window, collaboration, supervisor);
    }

    private static void milestone(JdbcTemplate jdbc, long collaboration, String title, LocalDate due, boolean done, long by,
                                  Timestamp now) {
        jdbc.update("insert into collaboration_milestone (collaboration_id, title, due_on, done, done_at, created_by, created_at, "
                + "demo, version) values (?, ?, ?, ?, ?, ?, ?, true, 0)", collaboration, title, Date.valueOf(due), done,
                done ? now : null, by, now);
    }

    private static void meeting(JdbcTemplate jdbc, long collaboration, LocalDate on, String attendees, String notes, long by,
                                Timestamp now) {
        jdbc.update("insert into collaboration_meeting (collaboration_id, met_on, attendees, notes, recorded_by, created_at, demo, "
                + "version) values (?, ?, ?, ?, ?, ?, true, 0)", collaboration, Date.valueOf(on), attendees, notes, by, now);
    }

    private static void outcome(JdbcTemplate jdbc, long collaboration, long by, Timestamp now, String type, String title,
                                String description, LocalDate on, String doi, String authors, String venue, Integer year,
                                String workType, boolean openAccess, boolean joint, String roles, BigDecimal amount,
                                String currency, String funder, String url, boolean isPublic) {
        jdbc.update("""
                insert into outcome (collaboration_id, type_code, title, description, occurred_on, recorded_by, doi, authors,
                  venue, publication_year, orcid_work_type, open_access, joint_public_private, credit_roles, amount, currency,
                  amount_eur, funder, url, is_public, created_at, demo, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""",
                collaboration, type, title, description, Date.valueOf(on), by, doi, authors, venue, year, workType, openAccess,
                joint, roles, amount, currency, amount == null ? null : Currencies.toEur(amount, currency), funder, url,
                isPublic, now);
    }

    private static void activity(JdbcTemplate jdbc, long collaboration, long by, Timestamp now, String code, String title,
                                 LocalDate on, Integer size, String reach, String status, String evidence, boolean isPublic,
                                 List<String> audiences) {
        jdbc.update("""
                insert into dissemination_activity (collaboration_id, activity_code, title, occurred_on, audience_size,
                  reach_code, status, evidence_url, is_public, recorded_by, created_at, demo, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""",
                collaboration, code, title, Date.valueOf(on), size, reach, status, evidence, isPublic, by, now);
        long id = jdbc.queryForObject("select max(id) from dissemination_activity where collaboration_id = ?", Long.class,
                collaboration);
        audiences.forEach(a -> jdbc.update("insert into dissemination_audience (activity_id, audience_code) values (?, ?)", id, a));
    }
}
