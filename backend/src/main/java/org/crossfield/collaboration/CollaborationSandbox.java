package org.crossfield.collaboration;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.crossfield.sandbox.SandboxCollaboration;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo collaborations: one for the demo student with the demo supervisor and the demo mentor (whose company is the demo
 * partner's), on the demo supervisor's awarded project, and per programme a number of collaborations between sandbox
 * students, projects and mentors, started over the last eighteen months. Each comes from an accepted application, which
 * the application feature writes: {@link Plan} records the collaborations in the sandbox context, the application
 * feature writes their applications, and this contribution starts them.
 */
@Component
class CollaborationSandbox implements SandboxContribution {

    static final int ORDER = 10;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        for (SandboxCollaboration c : context.collaborations()) {
            Long applicationId = jdbc.queryForObject(
                    "select id from pub_application where posting_type = 'PROJECT' and posting_id = ? and student_id = ?",
                    Long.class, c.projectId(), c.studentId());
            jdbc.update("""
                    insert into collaboration (programme_id, title, origin, application_id, project_id, student_id,
                                               supervisor_id, mentor_id, partner_organisation_id, academic_organisation_id,
                                               status, started_at, demo, version)
                    values (?, ?, 'OFFER', ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, true, 0)""",
                    c.programmeId(), c.title(), applicationId, c.projectId(), c.studentId(), c.supervisorId(), c.mentorId(),
                    c.partnerOrganisationId(), c.academicOrganisationId(), java.sql.Timestamp.from(c.startedAt()));
        }
    }

    /** Chooses the demo collaborations (before the application feature writes their accepted applications). */
    @Component
    static class Plan implements SandboxContribution {

        static final int ORDER = CollaborationSandbox.ORDER - 2;

        @Override
        public int order() {
            return ORDER;
        }

        @Override
        public void contribute(SandboxContext context) {
            JdbcTemplate jdbc = context.jdbc();
            SplittableRandom random = context.random("collaboration");
            int perProgramme = Math.max(4, Math.min(500, context.size().students() / 20));
            long student = context.demoAccount("student");
            long supervisor = context.demoAccount("supervisor");
            long mentor = context.demoAccount("mentor");

            Set<String> applied = new HashSet<>(jdbc.queryForList(
                    "select concat(posting_id, '/', student_id) from pub_application where posting_type = 'PROJECT'", String.class));
            List<SandboxCollaboration> planned = new ArrayList<>();

            // The demo people's own collaboration, on the demo supervisor's project already awarded to the demo student
            // (the demo supervisor's two open projects stay open for the demo student's application and offer).
            Map<String, Object> demo = jdbc.queryForMap("""
                    select id, programme_id, title, organisation_id from pub_phd_project
                    where id = (select max(id) from pub_phd_project where supervisor_id = ? and status = 'AWARDED')""", supervisor);
            applied.add(demo.get("id") + "/" + student);
            Long mentorOrganisation = jdbc.queryForObject("select organisation_id from pub_app_user where id = ?", Long.class, mentor);
            planned.add(collaboration(demo, student, supervisor, mentor, mentorOrganisation,
                    context.now().minus(Duration.ofDays(120))));

            List<Long> students = jdbc.queryForList("""
                    select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'STUDENT'
                    where u.email not like 'student@%' order by u.id""", Long.class);
            List<Map<String, Object>> mentors = jdbc.queryForList("""
                    select u.id, u.organisation_id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'MENTOR'
                    order by u.id limit 5000""");
            List<Long> programmes = jdbc.queryForList("select id from pub_programme order by id", Long.class);
            int nextStudent = Math.min(10, students.size());
            for (long programme : programmes) {
                List<Map<String, Object>> projects = jdbc.queryForList("""
                        select id, programme_id, title, organisation_id, supervisor_id from pub_phd_project
                        where programme_id = ? and status = 'OPEN' and supervisor_id <> ? order by id limit ?""",
                        programme, supervisor, perProgramme);
                for (Map<String, Object> project : projects) {
                    if (nextStudent >= students.size() || mentors.isEmpty()) {
                        break;
                    }
                    long who = students.get(nextStudent++);
                    if (!applied.add(project.get("id") + "/" + who)) {
                        continue;
                    }
                    Map<String, Object> m = mentors.get(random.nextInt(mentors.size()));
                    Instant started = context.now().minus(Duration.ofDays(random.nextInt(10, 540)));
                    planned.add(collaboration(project, who, number(project.get("supervisor_id")), number(m.get("id")),
                            (Long) m.get("organisation_id"), started));
                }
            }
            context.recordCollaborations(planned);
        }

        private static SandboxCollaboration collaboration(Map<String, Object> project, long student, long supervisor,
                                                          long mentor, Long mentorOrganisation, Instant started) {
            Object academic = project.get("organisation_id");
            return new SandboxCollaboration(number(project.get("id")), number(project.get("programme_id")),
                    (String) project.get("title"), student, supervisor, mentor, mentorOrganisation,
                    academic == null ? null : number(academic), started.truncatedTo(ChronoUnit.SECONDS));
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }
}
