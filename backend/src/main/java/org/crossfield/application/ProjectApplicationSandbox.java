package org.crossfield.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.sandbox.SandboxCollaboration;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxOpenProject;
import org.crossfield.sandbox.SandboxRanking;
import org.crossfield.sandbox.SandboxRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox's applications to PhD projects, written at three moments of the sandbox (no CV files: those would need
 * the files directory):
 * <ol>
 * <li>{@link Demo}: a few applications in every status to the demo supervisor's first project (which has two questions),
 * and an offer for the demo student, so that both sides of the application workflow have something to show; matching
 * then lets students rank only projects where they are still in the running;</li>
 * <li>{@link Ranked}: a submitted application behind every other ranked project;</li>
 * <li>{@link Accepted}: the accepted applications the demo collaborations start from.</li>
 * </ol>
 */
final class ProjectApplicationSandbox {

    private static final int BATCH = 2_000;
    private static final String INSERT = """
            insert into application (posting_type, posting_id, student_id, status, motivation, reject_reason, created_at,
                                     updated_at, submitted_at, demo, version)
            values ('PROJECT', ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""";

    private ProjectApplicationSandbox() {
    }

    /** After the projects (marketplace), before the rankings (matching). */
    @Component
    static class Demo implements SandboxContribution {

        static final int ORDER = -20;

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public void contribute(SandboxContext context) {
            Map<String, Object[]> rows = demoApplications(context);
            if (rows.isEmpty()) {
                return;
            }
            JdbcTemplate jdbc = context.jdbc();
            long project = context.openProjects().getFirst().getFirst().id();
            jdbc.batchUpdate("insert into posting_question (posting_type, posting_id, position, text, required) values ('PROJECT', ?, ?, ?, ?)",
                    List.of(new Object[] {project, 1, "Which tools do you use to analyse health data?", true},
                            new Object[] {project, 2, "When could you start?", false}));
            insert(jdbc, new ArrayList<>(rows.values()));
        }
    }

    /** After the rankings (matching). */
    @Component
    static class Ranked implements SandboxContribution {

        static final int ORDER = -10;

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public void contribute(SandboxContext context) {
            Map<String, Object[]> demo = demoApplications(context);
            Timestamp at = seconds(context.now());
            List<Object[]> rows = new ArrayList<>();
            for (SandboxRanking ranking : context.rankings()) {
                if (!demo.containsKey(ranking.projectId() + ":" + ranking.studentId())) {
                    rows.add(new Object[] {ranking.projectId(), ranking.studentId(), ApplicationStatus.SUBMITTED.name(),
                        "This project matches my interests in health data science; I have ranked it among my choices.", null,
                        at, at, at});
                }
            }
            insert(context.jdbc(), rows);
        }
    }

    /** After collaboration planned its demo collaborations, before it starts them. */
    @Component
    static class Accepted implements SandboxContribution {

        static final int ORDER = 9;

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public void contribute(SandboxContext context) {
            List<Object[]> rows = new ArrayList<>();
            for (SandboxCollaboration c : context.collaborations()) {
                Timestamp applied = Timestamp.from(c.appliedAt());
                rows.add(new Object[] {c.projectId(), c.studentId(), applied, Timestamp.from(c.startedAt()), applied});
            }
            context.jdbc().batchUpdate("""
                    insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at,
                                             submitted_at, demo, version)
                    values ('PROJECT', ?, ?, 'ACCEPTED', 'I applied to this project in the sandbox.', ?, ?, ?, true, 0)""", rows);
        }
    }

    /**
     * The demo applications, keyed "project:student", as rows of {@link #INSERT}: the first seven students apply to the
     * demo supervisor's first project in every status, and the demo student also has an offer on the second open project
     * of the first programme.
     */
    static Map<String, Object[]> demoApplications(SandboxContext context) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        List<SandboxOpenProject> programme = context.openProjects().getFirst();
        List<Long> studentIds = context.people().withRole(SandboxRole.STUDENT);
        if (programme.size() < 2 || studentIds.size() < 7) {
            return rows;
        }
        long project = programme.get(0).id();
        Timestamp at = seconds(context.now());
        ApplicationStatus[] statuses = {ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED, ApplicationStatus.REJECTED, ApplicationStatus.SUBMITTED,
            ApplicationStatus.DRAFT};
        for (int s = 0; s < statuses.length; s++) {
            ApplicationStatus status = statuses[s];
            rows.put(project + ":" + studentIds.get(s), new Object[] {project, studentIds.get(s), status.name(),
                "I would like to work on this project because it combines my interests in statistics and health data.",
                status == ApplicationStatus.REJECTED ? RejectionReason.POSITION_FILLED.name() : null, at, at,
                status == ApplicationStatus.DRAFT ? null : at});
        }
        long second = programme.get(1).id();
        rows.put(second + ":" + studentIds.getFirst(), new Object[] {second, studentIds.getFirst(),
            ApplicationStatus.OFFERED.name(), "Secondary choice: I have worked with registry data before.", null, at, at, at});
        return rows;
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(INSERT, rows, BATCH, (ps, r) -> {
            for (int i = 0; i < r.length; i++) {
                ps.setObject(i + 1, r[i]);
            }
        });
    }

    private static Timestamp seconds(Instant now) {
        return Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS));
    }
}
