package org.crossfield.matching;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxGenerator;
import org.crossfield.sandbox.SandboxOpenProject;
import org.crossfield.sandbox.SandboxRanking;
import org.crossfield.sandbox.SandboxRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox's mentors (capacity, an occasional declared conflict with an organisation) and the rankings: students rank
 * open projects of one programme (of its first two thirds); supervisors rank the students who chose their projects. A
 * student ranks only projects where the demo applications leave them in the running ({@link AllocationService#RANKABLE});
 * every ranked project gets a submitted application afterwards (the application feature's contribution), so the
 * rankings are recorded for it.
 */
@Component
class MatchingSandbox implements SandboxContribution {

    /** After the projects (marketplace, -30) and the demo applications (application, -20). */
    static final int ORDER = -15;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        mentoring(context, jdbc);
        context.recordRankings(rankings(context, jdbc));
    }

    private static void mentoring(SandboxContext context, JdbcTemplate jdbc) {
        SandboxGenerator generator = context.generator();
        List<Long> mentorIds = context.people().withRole(SandboxRole.MENTOR);
        Timestamp at = Timestamp.from(context.now());
        List<Object[]> settings = new ArrayList<>(mentorIds.size());
        List<Object[]> conflicts = new ArrayList<>();
        for (int m = 0; m < mentorIds.size(); m++) {
            settings.add(new Object[] {mentorIds.get(m), generator.mentorCapacity(m), at});
            int organisation = generator.mentorConflict(m);
            if (organisation >= 0) {
                conflicts.add(new Object[] {mentorIds.get(m), context.organisationId(organisation), "Former employer (sandbox)", at});
            }
        }
        jdbc.batchUpdate("insert into mentor_settings (user_id, capacity, updated_at, version) values (?, ?, ?, 0)", settings);
        jdbc.batchUpdate("insert into mentor_conflict (mentor_id, organisation_id, reason, declared_at) values (?, ?, ?, ?)",
                conflicts);
    }

    private static List<SandboxRanking> rankings(SandboxContext context, JdbcTemplate jdbc) {
        SandboxGenerator generator = context.generator();
        List<Long> studentIds = context.people().withRole(SandboxRole.STUDENT);
        List<List<SandboxOpenProject>> openByProgramme = context.openProjects();
        Map<String, ApplicationStatus> applied = new HashMap<>();
        jdbc.query("select posting_id, student_id, status from pub_application where posting_type = 'PROJECT'",
                rs -> {
                    applied.put(rs.getLong(1) + ":" + rs.getLong(2), ApplicationStatus.valueOf(rs.getString(3)));
                });
        List<SandboxRanking> ranked = new ArrayList<>();
        List<Object[]> preferences = new ArrayList<>();
        Map<Long, List<long[]>> chosenBySupervisor = new HashMap<>();
        for (int s = 0; s < studentIds.size(); s++) {
            if (s % 10 == 9) {
                // one student in ten has not applied anywhere yet (and so ranks nothing)
                continue;
            }
            List<SandboxOpenProject> open = openByProgramme.get(s % openByProgramme.size());
            // the first two thirds of a programme's open projects: the others stay without applications, for a student
            // to be the first to apply to
            List<SandboxOpenProject> candidates = open.subList(0, (open.size() * 2 + 2) / 3);
            if (candidates.isEmpty()) {
                continue;
            }
            List<Integer> picks = new ArrayList<>(generator.preferenceIndices(s, candidates.size()));
            if (s == 0) {
                // the demo student puts the demo supervisor's first project first
                picks.remove(Integer.valueOf(0));
                picks.addFirst(0);
            }
            long student = studentIds.get(s);
            long standing = Math.round(generator.studentStanding(s) * 1_000_000);
            Set<Long> supervisors = new HashSet<>();
            int rank = 0;
            for (Integer pick : picks) {
                SandboxOpenProject project = candidates.get(pick);
                ApplicationStatus status = applied.get(project.id() + ":" + student);
                if (status != null && !AllocationService.RANKABLE.contains(status)) {
                    continue;
                }
                preferences.add(new Object[] {student, project.id(), ++rank});
                ranked.add(new SandboxRanking(student, project.id()));
                if (supervisors.add(project.supervisorId())) {
                    chosenBySupervisor.computeIfAbsent(project.supervisorId(), k -> new ArrayList<>())
                            .add(new long[] {student, standing});
                }
            }
        }
        jdbc.batchUpdate("insert into student_preference (student_id, project_id, rank_no) values (?, ?, ?)", preferences);
        List<Object[]> rankings = new ArrayList<>();
        chosenBySupervisor.forEach((supervisor, students) -> {
            students.sort((a, b) -> Long.compare(b[1], a[1]));
            for (int r = 0; r < students.size(); r++) {
                rankings.add(new Object[] {supervisor, students.get(r)[0], r + 1});
            }
        });
        jdbc.batchUpdate("insert into supervisor_ranking (supervisor_id, student_id, rank_no) values (?, ?, ?)", rankings);
        return ranked;
    }
}
