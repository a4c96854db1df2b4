package org.crossfield.collaboration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo collaborations: one for the demo student with the demo supervisor and the demo mentor (whose company is the demo
 * partner's), and per programme a number of collaborations between sandbox students, projects and mentors, each with
 * the accepted application it came from, started over the last eighteen months.
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
        SplittableRandom random = context.random("collaboration");
        int perProgramme = Math.max(4, Math.min(500, context.size().students() / 20));
        long student = context.demoAccount("student");
        long supervisor = context.demoAccount("supervisor");
        long mentor = context.demoAccount("mentor");

        Set<String> applied = new HashSet<>(jdbc.queryForList(
                "select concat(posting_id, '/', student_id) from pub_application where posting_type = 'PROJECT'", String.class));
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> collaborations = new ArrayList<>();

        // The demo people's own collaboration: a third project of the demo supervisor, already awarded to the demo student
        // (the demo supervisor's two open projects stay open for the demo student's application and offer).
        long demoProject = awardedDemoProject(jdbc, supervisor, context);
        Map<String, Object> demo = jdbc.queryForMap(
                "select id, programme_id, title, organisation_id from pub_phd_project where id = ?", demoProject);
        applied.add(demoProject + "/" + student);
        Long mentorOrganisation = jdbc.queryForObject("select organisation_id from pub_app_user where id = ?", Long.class, mentor);
        add(applications, collaborations, demo, student, supervisor, mentor, mentorOrganisation,
                Timestamp.from(context.now().minus(Duration.ofDays(120)).truncatedTo(ChronoUnit.SECONDS)));

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
                long projectId = ((Number) project.get("id")).longValue();
                if (!applied.add(projectId + "/" + who)) {
                    continue;
                }
                Map<String, Object> m = mentors.get(random.nextInt(mentors.size()));
                Timestamp started = Timestamp.from(context.now().minus(Duration.ofDays(random.nextInt(10, 540)))
                        .truncatedTo(ChronoUnit.SECONDS));
                add(applications, collaborations, project, who, ((Number) project.get("supervisor_id")).longValue(),
                        ((Number) m.get("id")).longValue(), (Long) m.get("organisation_id"), started);
            }
        }
        jdbc.batchUpdate("""
                insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at,
                                         submitted_at, demo, version)
                values ('PROJECT', ?, ?, 'ACCEPTED', 'I applied to this project in the sandbox.', ?, ?, ?, true, 0)""",
                applications);
        for (Object[] row : collaborations) {
            Long applicationId = jdbc.queryForObject(
                    "select id from pub_application where posting_type = 'PROJECT' and posting_id = ? and student_id = ?",
                    Long.class, row[0], row[2]);
            jdbc.update("""
                    insert into collaboration (programme_id, title, origin, application_id, project_id, student_id,
                                               supervisor_id, mentor_id, partner_organisation_id, academic_organisation_id,
                                               status, started_at, demo, version)
                    values (?, ?, 'OFFER', ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, true, 0)""",
                    row[1], row[7], applicationId, row[0], row[2], row[3], row[4], row[5], row[6], row[8]);
        }
    }

    /** A copy of the demo supervisor's first project, with its requirements, in status AWARDED. */
    private static long awardedDemoProject(JdbcTemplate jdbc, long supervisor, SandboxContext context) {
        long first = jdbc.queryForObject("select min(id) from pub_phd_project where supervisor_id = ?", Long.class, supervisor);
        Timestamp published = Timestamp.from(context.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS));
        jdbc.update("""
                insert into phd_project (programme_id, organisation_id, supervisor_id, title, research_question, mentor_slots,
                                         status, demo, created_at, published_at, version, ip_regime_code, data_tier,
                                         access_model, ethics_approval_needed, dpia_needed, data_sharing_agreement_needed,
                                         gdpr_legal_basis, fair_identifier, fair_licence, fair_metadata_standard, closed_at)
                select programme_id, organisation_id, supervisor_id,
                       'Federated survival analysis of cardiac registries across partner hospitals',
                       'Can federated survival models trained across hospitals match a pooled model without moving patient data?',
                       1, 'AWARDED', true, ?, ?, 0, ip_regime_code, data_tier, access_model, ethics_approval_needed,
                       dpia_needed, data_sharing_agreement_needed, gdpr_legal_basis, fair_identifier, fair_licence,
                       fair_metadata_standard, ?
                from pub_phd_project where id = ?""", published, published, published, first);
        long id = jdbc.queryForObject("select max(id) from pub_phd_project where supervisor_id = ?", Long.class, supervisor);
        jdbc.update("""
                insert into project_requirement (project_id, competency_code, level, weight, must_have)
                select ?, competency_code, level, weight, must_have from pub_project_requirement where project_id = ?""", id, first);
        return id;
    }

    private static void add(List<Object[]> applications, List<Object[]> collaborations, Map<String, Object> project,
                            long student, long supervisor, long mentor, Long mentorOrganisation, Timestamp started) {
        long projectId = ((Number) project.get("id")).longValue();
        Timestamp applied = Timestamp.from(started.toInstant().minus(Duration.ofDays(30)));
        applications.add(new Object[] {projectId, student, applied, started, applied});
        collaborations.add(new Object[] {projectId, project.get("programme_id"), student, supervisor, mentor,
                mentorOrganisation, project.get("organisation_id"), project.get("title"), started});
    }
}
