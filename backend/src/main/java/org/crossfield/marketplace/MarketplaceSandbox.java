package org.crossfield.marketplace;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxGenerator;
import org.crossfield.sandbox.SandboxGenerator.SandboxRequirement;
import org.crossfield.sandbox.SandboxOpenProject;
import org.crossfield.sandbox.SandboxRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox's postings: every supervisor's PhD projects (recorded, per programme, for the applications and rankings
 * of later contributions), a third project of the demo supervisor already awarded (the demo people's collaboration
 * starts from it), and the partners' challenges with their invitees. Written in JDBC batches (the large sandbox has
 * 95,000 challenges).
 */
@Component
class MarketplaceSandbox implements SandboxContribution {

    static final int ORDER = -30;
    private static final Logger log = LoggerFactory.getLogger(MarketplaceSandbox.class);
    private static final int BATCH = 2_000;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        context.recordOpenProjects(projects(context, jdbc));
        awardedDemoProject(jdbc, context.demoAccount("supervisor"), context.now());
        challenges(context, jdbc);
    }

    /** Writes the projects; returns, per programme, the open ones in generation order. */
    private static List<List<SandboxOpenProject>> projects(SandboxContext context, JdbcTemplate jdbc) {
        SandboxGenerator generator = context.generator();
        List<Long> supervisorIds = context.people().withRole(SandboxRole.SUPERVISOR);
        Timestamp at = Timestamp.from(context.now());
        List<List<SandboxOpenProject>> openByProgramme = new ArrayList<>();
        generator.programmes().forEach(p -> openByProgramme.add(new ArrayList<>()));
        long[] nextProject = {jdbc.queryForObject("select coalesce(max(id), 0) + 1 from phd_project", Long.class)};
        List<Object[]> projects = new ArrayList<>(BATCH);
        List<Object[]> requirements = new ArrayList<>(BATCH * 8);
        generator.projects(project -> {
            long id = nextProject[0]++;
            long supervisor = supervisorIds.get(project.supervisor());
            boolean open = "OPEN".equals(project.status());
            if (open) {
                openByProgramme.get(project.programme()).add(new SandboxOpenProject(id, supervisor));
            }
            // a project belongs to its supervisor's organisation (the select below)
            projects.add(new Object[] {id, context.programmeId(project.programme()), project.title(), project.researchQuestion(),
                    project.mentorSlots(), project.status(), at, open ? at : null, supervisor});
            requirements.addAll(requirementRows(id, project.requirements()));
            if (projects.size() >= BATCH) {
                flushProjects(jdbc, projects, requirements);
            }
        });
        flushProjects(jdbc, projects, requirements);
        return openByProgramme;
    }

    private static void flushProjects(JdbcTemplate jdbc, List<Object[]> projects, List<Object[]> requirements) {
        if (!projects.isEmpty()) {
            jdbc.batchUpdate("insert into phd_project (id, programme_id, organisation_id, supervisor_id, title, research_question,"
                    + " mentor_slots, status, demo, created_at, published_at, version)"
                    + " select ?, ?, u.organisation_id, u.id, ?, ?, ?, ?, true, ?, ?, 0 from pub_app_user u where u.id = ?", projects);
        }
        if (!requirements.isEmpty()) {
            jdbc.batchUpdate("insert into project_requirement (project_id, competency_code, level, weight, must_have)"
                    + " values (?, ?, ?, ?, ?)", requirements);
        }
        projects.clear();
        requirements.clear();
    }

    /**
     * A copy of the demo supervisor's first project, with its requirements, in status AWARDED (the demo supervisor's two
     * open projects stay open for the demo student's application and offer).
     */
    private static void awardedDemoProject(JdbcTemplate jdbc, long supervisor, Instant now) {
        Long first = jdbc.queryForObject("select min(id) from phd_project where supervisor_id = ?", Long.class, supervisor);
        Timestamp published = Timestamp.from(now.minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS));
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
                from phd_project where id = ?""", published, published, published, first);
        Long awarded = jdbc.queryForObject("select max(id) from phd_project where supervisor_id = ?", Long.class, supervisor);
        jdbc.update("""
                insert into project_requirement (project_id, competency_code, level, weight, must_have)
                select ?, competency_code, level, weight, must_have from project_requirement where project_id = ?""", awarded, first);
    }

    private static void challenges(SandboxContext context, JdbcTemplate jdbc) {
        List<Long> partnerIds = context.people().withRole(SandboxRole.PARTNER);
        List<Long> studentIds = context.people().withRole(SandboxRole.STUDENT);
        if (partnerIds.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(context.now().truncatedTo(ChronoUnit.SECONDS));
        LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        long[] next = {jdbc.queryForObject("select coalesce(max(id), 0) + 1 from challenge", Long.class)};
        List<Object[]> challenges = new ArrayList<>(BATCH);
        List<Object[]> requirements = new ArrayList<>(BATCH * 8);
        List<Object[]> invitees = new ArrayList<>();
        int[] count = {0};
        context.generator().challenges(c -> {
            long id = next[0]++;
            count[0]++;
            long partner = partnerIds.get(Math.min(c.partner(), partnerIds.size() - 1));
            boolean open = "OPEN".equals(c.status());
            // a challenge belongs to its partner's organisation (the select below)
            challenges.add(new Object[] {id, context.programmeId(c.programme()), c.title(), c.summary(), c.description(),
                    Date.valueOf(today.plusDays(c.deadlineInDays())), c.ipRegime(), c.visibility(), c.dataTier(),
                    c.accessModel(), c.status(), "SUBMITTED".equals(c.status()) || open ? at : null, open ? at : null, at,
                    partner});
            requirements.addAll(requirementRows(id, c.requirements()));
            for (int student : c.invitees()) {
                if (student < studentIds.size()) {
                    invitees.add(new Object[] {id, studentIds.get(student)});
                }
            }
            if (challenges.size() >= BATCH) {
                flushChallenges(jdbc, challenges, requirements, invitees);
            }
        });
        flushChallenges(jdbc, challenges, requirements, invitees);
        log.info("Loaded {} sandbox challenges", count[0]);
    }

    private static void flushChallenges(JdbcTemplate jdbc, List<Object[]> challenges, List<Object[]> requirements,
                                        List<Object[]> invitees) {
        if (!challenges.isEmpty()) {
            jdbc.batchUpdate("insert into challenge (id, programme_id, organisation_id, created_by, title, summary, description,"
                    + " deliverables, timeline, deadline, compensation, ip_regime_code, visibility, data_tier, access_model,"
                    + " gdpr_legal_basis, fair_licence, status, submitted_at, published_at, demo, created_at, version)"
                    + " select ?, ?, u.organisation_id, u.id, ?, ?, ?, 'Validated model, code and a short report',"
                    + " 'Six months from the start', ?, 'A stipend for the mentoring period', ?, ?, ?, ?,"
                    + " 'Public interest in the area of public health (GDPR art. 9(2)(i))', 'CC-BY-4.0', ?, ?, ?, true, ?, 0"
                    + " from pub_app_user u where u.id = ?", challenges);
        }
        if (!requirements.isEmpty()) {
            jdbc.batchUpdate("insert into challenge_requirement (challenge_id, competency_code, level, weight, must_have)"
                    + " values (?, ?, ?, ?, ?)", requirements);
        }
        if (!invitees.isEmpty()) {
            jdbc.batchUpdate("insert ignore into challenge_invitee (challenge_id, user_id) values (?, ?)", invitees);
        }
        challenges.clear();
        requirements.clear();
        invitees.clear();
    }

    private static List<Object[]> requirementRows(long posting, List<SandboxRequirement> requirements) {
        return requirements.stream()
                .map(r -> new Object[] {posting, r.competencyCode(), r.level(), r.weight(), r.mustHave()}).toList();
    }
}
