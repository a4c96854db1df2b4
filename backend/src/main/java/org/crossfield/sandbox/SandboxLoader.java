package org.crossfield.sandbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.identity.Roles;
import org.crossfield.sandbox.SandboxGenerator.SandboxLevel;
import org.crossfield.sandbox.SandboxGenerator.SandboxOrganisation;
import org.crossfield.sandbox.SandboxGenerator.SandboxPerson;
import org.crossfield.sandbox.SandboxGenerator.SandboxProgramme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a sandbox into the database with JDBC batches (a large sandbox has millions of profile rows).
 * Every row it writes is marked as demo data. It runs only when demo mode asks for it (see {@link DemoMode}).
 */
@Component
class SandboxLoader {

    private static final Logger log = LoggerFactory.getLogger(SandboxLoader.class);
    private static final int BATCH = 2_000;
    static final String DEMO_PASSWORD = "demo";
    /** Application statuses that let a student rank the project (as matching's AllocationService.RANKABLE). */
    private static final java.util.Set<String> RANKABLE_STATUSES = java.util.Set.of("SUBMITTED", "UNDER_REVIEW", "SHORTLISTED",
            "OFFERED", "ACCEPTED");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final List<SandboxContribution> contributions;
    private final Clock clock;

    SandboxLoader(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, List<SandboxContribution> contributions, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.contributions = contributions.stream()
                .sorted(java.util.Comparator.comparingInt(SandboxContribution::order)
                        .thenComparing(c -> c.getClass().getName()))
                .toList();
    }

    boolean isLoaded() {
        Integer demoUsers = jdbc.queryForObject("select count(*) from pub_app_user where demo = true", Integer.class);
        return demoUsers != null && demoUsers > 0;
    }

    @Transactional
    void load(SandboxGenerator generator) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        long orgBase = nextId("organisation");
        List<SandboxOrganisation> orgs = generator.organisations();
        jdbc.batchUpdate("insert into organisation (id, name, type, country, version) values (?, ?, ?, ?, 0)", orgs, BATCH,
                (ps, o) -> {
                    ps.setLong(1, orgBase + orgs.indexOf(o));
                    ps.setString(2, o.name());
                    ps.setString(3, o.type().name());
                    ps.setString(4, o.country());
                });
        long programmeBase = nextId("programme");
        List<SandboxProgramme> programmes = generator.programmes();
        jdbc.batchUpdate("insert into programme (id, code, name, description, version) values (?, ?, ?, ?, 0)", programmes,
                BATCH, (ps, p) -> {
                    ps.setLong(1, programmeBase + programmes.indexOf(p));
                    ps.setString(2, p.code());
                    ps.setString(3, p.name());
                    ps.setString(4, p.description());
                });

        // One hash for every sandbox person: bcrypt is slow on purpose, and these are all the public demo password.
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Timestamp created = Timestamp.from(now);
        long[] nextUser = {nextId("app_user")};
        List<Object[]> users = new ArrayList<>(BATCH);
        List<Object[]> roles = new ArrayList<>(BATCH);
        List<Object[]> levels = new ArrayList<>(BATCH * 12);
        List<Object[]> coordinators = new ArrayList<>();
        int[] people = {0};
        List<Long> supervisorIds = new ArrayList<>();
        List<Long> mentorIds = new ArrayList<>();
        List<Long> studentIds = new ArrayList<>();
        List<Long> partnerIds = new ArrayList<>();
        generator.people(person -> {
            long id = nextUser[0]++;
            people[0]++;
            if (person.roles().contains(Roles.SUPERVISOR)) {
                supervisorIds.add(id);
            }
            if (person.roles().contains(Roles.MENTOR)) {
                mentorIds.add(id);
            }
            if (person.roles().contains(Roles.STUDENT)) {
                studentIds.add(id);
            }
            if (person.roles().contains(Roles.PARTNER)) {
                partnerIds.add(id);
            }
            users.add(new Object[] {id, person.email(), person.displayName(), hash, orgBase + person.organisation(),
                    person.locale(), created});
            for (String role : person.roles()) {
                roles.add(new Object[] {id, role});
                if (Roles.COORDINATOR.equals(role)) {
                    coordinatesProgrammes(person, id, programmeBase, programmes.size(), coordinators);
                }
            }
            for (SandboxLevel level : person.profile()) {
                levels.add(new Object[] {id, level.competencyCode(), level.level(), level.evidence(),
                        level.verified() ? "VERIFIED" : "SELF_ASSESSED", level.verified() ? "verifier@" + SandboxGenerator.DEMO_DOMAIN : null,
                        created});
            }
            if (users.size() >= BATCH) {
                flush(users, roles, levels);
            }
        });
        flush(users, roles, levels);
        jdbc.batchUpdate("insert into programme_coordinator (programme_id, user_id) values (?, ?)", coordinators);
        // Every sandbox organisation takes part in every sandbox programme, and owns its people's e-mail domain.
        List<Object[]> participations = new ArrayList<>();
        for (int p = 0; p < programmes.size(); p++) {
            for (int o = 0; o < orgs.size(); o++) {
                participations.add(new Object[] {programmeBase + p, orgBase + o});
            }
        }
        jdbc.batchUpdate("insert into programme_organisation (programme_id, organisation_id) values (?, ?)", participations);
        List<Object[]> domains = new ArrayList<>();
        java.util.Set<String> seenDomains = new java.util.HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (seenDomains.add(orgs.get(i).domain())) {
                domains.add(new Object[] {orgs.get(i).domain(), orgBase + i});
            }
        }
        jdbc.batchUpdate("insert into organisation_domain (domain, organisation_id) values (?, ?)", domains);
        loadMentoring(generator, mentorIds, orgBase, now);
        List<List<long[]>> openByProgramme = loadProjects(generator, supervisorIds, programmeBase, now);
        java.util.Map<String, Object[]> demoApplications = demoApplications(studentIds, openByProgramme, now);
        List<long[]> ranked = loadRankings(generator, studentIds, openByProgramme, demoApplications);
        loadChallenges(generator, partnerIds, studentIds, programmeBase, now);
        loadApplications(studentIds, openByProgramme, demoApplications, ranked, now);
        SandboxContext context = new SandboxContext(jdbc, generator.seed(), generator.size(), now);
        for (SandboxContribution contribution : contributions) {
            contribution.contribute(context);
        }
        log.info("Loaded the sandbox ({} organisations, {} programmes, {} people) in {} ms", orgs.size(), programmes.size(),
                people[0], (System.nanoTime() - started) / 1_000_000);
    }

    private void loadMentoring(SandboxGenerator generator, List<Long> mentorIds, long orgBase, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> settings = new ArrayList<>(mentorIds.size());
        List<Object[]> conflicts = new ArrayList<>();
        for (int m = 0; m < mentorIds.size(); m++) {
            settings.add(new Object[] {mentorIds.get(m), generator.mentorCapacity(m), at});
            int organisation = generator.mentorConflict(m);
            if (organisation >= 0) {
                conflicts.add(new Object[] {mentorIds.get(m), orgBase + organisation, "Former employer (sandbox)", at});
            }
        }
        jdbc.batchUpdate("insert into mentor_settings (user_id, capacity, updated_at, version) values (?, ?, ?, 0)", settings);
        jdbc.batchUpdate("insert into mentor_conflict (mentor_id, organisation_id, reason, declared_at) values (?, ?, ?, ?)",
                conflicts);
    }

    /**
     * Students rank open projects of one programme (of its first two thirds); supervisors rank the students who chose
     * their projects. A student ranks only projects they applied to: a project where the demo applications give them a
     * draft or a rejection is left out, every other ranked project gets a submitted application (see
     * {@link #loadApplications}). Returns the ranked pairs as {student id, project id}.
     */
    private List<long[]> loadRankings(SandboxGenerator generator, List<Long> studentIds, List<List<long[]>> openByProgramme,
                                      java.util.Map<String, Object[]> demoApplications) {
        List<long[]> ranked = new ArrayList<>();
        List<Object[]> preferences = new ArrayList<>();
        java.util.Map<Long, List<long[]>> chosenBySupervisor = new java.util.HashMap<>();
        for (int s = 0; s < studentIds.size(); s++) {
            if (s % 10 == 9) {
                // one student in ten has not applied anywhere yet (and so ranks nothing)
                continue;
            }
            List<long[]> open = openByProgramme.get(s % openByProgramme.size());
            // the first two thirds of a programme's open projects: the others stay without applications, for a student
            // to be the first to apply to
            List<long[]> candidates = open.subList(0, (open.size() * 2 + 2) / 3);
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
            java.util.Set<Long> supervisors = new java.util.HashSet<>();
            int rank = 0;
            for (Integer pick : picks) {
                long[] project = candidates.get(pick);
                Object[] demo = demoApplications.get(project[0] + ":" + student);
                if (demo != null && !RANKABLE_STATUSES.contains((String) demo[2])) {
                    continue;
                }
                preferences.add(new Object[] {student, project[0], ++rank});
                ranked.add(new long[] {student, project[0]});
                if (supervisors.add(project[1])) {
                    chosenBySupervisor.computeIfAbsent(project[1], k -> new ArrayList<>()).add(new long[] {student, standing});
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

    /**
     * A few applications in every status to the demo supervisor's first project (and an offer for the demo student),
     * keyed "project:student", as rows of the insert in {@link #loadApplications}.
     */
    private java.util.Map<String, Object[]> demoApplications(List<Long> studentIds, List<List<long[]>> openByProgramme,
                                                             Instant now) {
        java.util.Map<String, Object[]> rows = new java.util.LinkedHashMap<>();
        List<long[]> programme = openByProgramme.getFirst();
        if (programme.size() < 2 || studentIds.size() < 7) {
            return rows;
        }
        long project = programme.get(0)[0];
        Timestamp at = Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String[] statuses = {"SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "OFFERED", "REJECTED", "SUBMITTED", "DRAFT"};
        for (int s = 0; s < statuses.length; s++) {
            rows.put(project + ":" + studentIds.get(s), new Object[] {project, studentIds.get(s), statuses[s],
                    "I would like to work on this project because it combines my interests in statistics and health data.",
                    "REJECTED".equals(statuses[s]) ? "POSITION_FILLED" : null, at, at, "DRAFT".equals(statuses[s]) ? null : at});
        }
        rows.put(programme.get(1)[0] + ":" + studentIds.getFirst(), new Object[] {programme.get(1)[0], studentIds.getFirst(),
                "OFFERED", "Secondary choice: I have worked with registry data before.", null, at, at, at});
        return rows;
    }

    /**
     * The demo applications (with two questions on the demo supervisor's first project), so that both sides of the
     * application workflow have something to show, and a submitted application behind every other ranked project. No CV
     * files: those would need the files directory.
     */
    private void loadApplications(List<Long> studentIds, List<List<long[]>> openByProgramme,
                                  java.util.Map<String, Object[]> demoApplications, List<long[]> ranked, Instant now) {
        Timestamp at = Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        if (!demoApplications.isEmpty()) {
            long project = openByProgramme.getFirst().get(0)[0];
            jdbc.batchUpdate("insert into posting_question (posting_type, posting_id, position, text, required) values ('PROJECT', ?, ?, ?, ?)",
                    List.of(new Object[] {project, 1, "Which tools do you use to analyse health data?", true},
                            new Object[] {project, 2, "When could you start?", false}));
        }
        List<Object[]> rows = new ArrayList<>(demoApplications.values());
        for (long[] pair : ranked) {
            if (!demoApplications.containsKey(pair[1] + ":" + pair[0])) {
                rows.add(new Object[] {pair[1], pair[0], "SUBMITTED", "This project matches my interests in health data science; I have ranked it among my choices.", null, at, at, at});
            }
        }
        jdbc.batchUpdate("""
                insert into application (posting_type, posting_id, student_id, status, motivation, reject_reason, created_at,
                                         updated_at, submitted_at, demo, version)
                values ('PROJECT', ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""", rows, BATCH, (ps, r) -> {
            for (int i = 0; i < r.length; i++) {
                ps.setObject(i + 1, r[i]);
            }
        });
    }

    /** Loads the projects; returns, per programme, the open ones as {project id, supervisor id} in generation order. */
    private List<List<long[]>> loadProjects(SandboxGenerator generator, List<Long> supervisorIds, long programmeBase, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<List<long[]>> openByProgramme = new ArrayList<>();
        generator.programmes().forEach(p -> openByProgramme.add(new ArrayList<>()));
        long[] nextProject = {nextId("phd_project")};
        List<Object[]> projects = new ArrayList<>(BATCH);
        List<Object[]> requirements = new ArrayList<>(BATCH * 8);
        generator.projects(project -> {
            long id = nextProject[0]++;
            long supervisor = supervisorIds.get(project.supervisor());
            if ("OPEN".equals(project.status())) {
                openByProgramme.get(project.programme()).add(new long[] {id, supervisor});
            }
            projects.add(new Object[] {id, programmeBase + project.programme(), supervisor, project.title(),
                    project.researchQuestion(), project.mentorSlots(), project.status(), at,
                    "OPEN".equals(project.status()) ? at : null});
            for (SandboxGenerator.SandboxRequirement r : project.requirements()) {
                requirements.add(new Object[] {id, r.competencyCode(), r.level(), r.weight(), r.mustHave()});
            }
            if (projects.size() >= BATCH) {
                flushProjects(projects, requirements);
            }
        });
        flushProjects(projects, requirements);
        return openByProgramme;
    }

    private void flushProjects(List<Object[]> projects, List<Object[]> requirements) {
        if (!projects.isEmpty()) {
            // a project belongs to its supervisor's organisation
            jdbc.batchUpdate("insert into phd_project (id, programme_id, organisation_id, supervisor_id, title, research_question,"
                    + " mentor_slots, status, demo, created_at, published_at, version)"
                    + " select ?, ?, u.organisation_id, u.id, ?, ?, ?, ?, true, ?, ?, 0 from pub_app_user u where u.id = ?",
                    projects.stream().map(p -> new Object[] {p[0], p[1], p[3], p[4], p[5], p[6], p[7], p[8], p[2]}).toList());
        }
        if (!requirements.isEmpty()) {
            jdbc.batchUpdate("insert into project_requirement (project_id, competency_code, level, weight, must_have)"
                    + " values (?, ?, ?, ?, ?)", requirements);
        }
        projects.clear();
        requirements.clear();
    }

    private void loadChallenges(SandboxGenerator generator, List<Long> partnerIds, List<Long> studentIds, long programmeBase,
                                Instant now) {
        if (partnerIds.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        long[] next = {nextId("challenge")};
        List<Object[]> challenges = new ArrayList<>(BATCH);
        List<Object[]> requirements = new ArrayList<>(BATCH * 8);
        List<Object[]> invitees = new ArrayList<>();
        int[] count = {0};
        generator.challenges(c -> {
            long id = next[0]++;
            count[0]++;
            long partner = partnerIds.get(Math.min(c.partner(), partnerIds.size() - 1));
            boolean open = "OPEN".equals(c.status());
            challenges.add(new Object[] {id, programmeBase + c.programme(), c.title(), c.summary(), c.description(),
                    java.sql.Date.valueOf(today.plusDays(c.deadlineInDays())), c.ipRegime(), c.visibility(), c.dataTier(),
                    c.accessModel(), c.status(), "SUBMITTED".equals(c.status()) || open ? at : null, open ? at : null, at,
                    partner});
            for (SandboxGenerator.SandboxRequirement r : c.requirements()) {
                requirements.add(new Object[] {id, r.competencyCode(), r.level(), r.weight(), r.mustHave()});
            }
            for (int student : c.invitees()) {
                if (student < studentIds.size()) {
                    invitees.add(new Object[] {id, studentIds.get(student)});
                }
            }
            if (challenges.size() >= BATCH) {
                flushChallenges(challenges, requirements, invitees);
            }
        });
        flushChallenges(challenges, requirements, invitees);
        log.info("Loaded {} sandbox challenges", count[0]);
    }

    private void flushChallenges(List<Object[]> challenges, List<Object[]> requirements, List<Object[]> invitees) {
        if (!challenges.isEmpty()) {
            // a challenge belongs to its partner's organisation
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

    /** The demo coordinator coordinates every programme; generated coordinators one programme each, in turn. */
    private static void coordinatesProgrammes(SandboxPerson person, long userId, long programmeBase, int programmes,
                                              List<Object[]> out) {
        if (person.email().endsWith("@" + SandboxGenerator.DEMO_DOMAIN)) {
            for (int p = 0; p < programmes; p++) {
                out.add(new Object[] {programmeBase + p, userId});
            }
        } else {
            out.add(new Object[] {programmeBase + Math.floorMod(userId, programmes), userId});
        }
    }

    private void flush(List<Object[]> users, List<Object[]> roles, List<Object[]> levels) {
        if (!users.isEmpty()) {
            jdbc.batchUpdate("insert into app_user (id, email, display_name, password_hash, organisation_id, enabled, locale,"
                    + " demo, created_at, version) values (?, ?, ?, ?, ?, true, ?, true, ?, 0)", users);
        }
        if (!roles.isEmpty()) {
            jdbc.batchUpdate("insert into user_role (user_id, role) values (?, ?)", roles);
        }
        if (!levels.isEmpty()) {
            jdbc.batchUpdate("insert into profile_entry (user_id, competency_code, level, evidence, assessment, verified_by,"
                    + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", levels);
        }
        users.clear();
        roles.clear();
        levels.clear();
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }
}
