package org.crossfield.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingType;
import org.crossfield.identity.CurrentUser;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.engine.AllocationMethod;
import org.crossfield.matching.engine.BlockingPairs;
import org.crossfield.matching.engine.StableProblem;
import org.crossfield.matching.engine.StableResult;
import org.crossfield.matching.engine.Student;
import org.crossfield.matching.engine.StudentAssignment;
import org.crossfield.matching.engine.SupervisedProject;
import org.crossfield.matching.engine.Supervisor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation of PhD students to projects from students' ranked preferences and supervisors' rankings of the students
 * who chose their projects: stable (SPA-student, student-optimal), greedy or generous (maximum allocations with the
 * best profile; they ignore the supervisors' rankings), compared side by side before one is published. Each project
 * takes one student; a supervisor takes at most as many students as they have open projects in the programme.
 *
 * <p>A student ranks only projects they have applied to: an application that is submitted and still in the running
 * ({@link #RANKABLE}). A ranking whose application was later withdrawn, rejected or declined is ignored everywhere
 * (the student's list, the supervisor's applicants, the allocation).
 */
@Service
@Transactional(readOnly = true)
public class AllocationService {

    public static final int MAX_PREFERENCES = 20;

    /** The statuses of an application that let its student rank the project: submitted and not (yet) turned down. */
    public static final Set<ApplicationStatus> RANKABLE = java.util.Collections.unmodifiableSet(EnumSet.of(
            ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED,
            ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED));

    /** SQL: the preference {@code sp} rests on a rankable application (the application module's table, read only). */
    private static final String APPLIED = " and exists (select 1 from pub_application ap where ap.posting_type = 'PROJECT'"
            + " and ap.posting_id = sp.project_id and ap.student_id = sp.student_id and ap.status in ("
            + String.join(", ", RANKABLE.stream().map(s -> "'" + s.name() + "'").toList()) + "))";

    private final JdbcTemplate jdbc;
    private final ProjectService projects;
    private final ApplicationService applications;
    private final NotificationService notifications;
    private final Clock clock;

    AllocationService(JdbcTemplate jdbc, ProjectService projects, ApplicationService applications,
                      NotificationService notifications, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.projects = projects;
        this.applications = applications;
        this.notifications = notifications;
    }

    /** The current student's ranked projects, first choice first (those they still have a rankable application to). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public List<ProjectSummary> myPreferences() {
        List<Long> ids = jdbc.queryForList("select sp.project_id from student_preference sp where sp.student_id = ?" + APPLIED
                        + " order by sp.rank_no", Long.class, CurrentUser.require().getId());
        Map<Long, ProjectSummary> byId = projects.summariesById(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The open projects the current student may rank: those they applied to (see {@link #RANKABLE}), by title. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public List<ProjectSummary> rankableProjects() {
        return projects.summaries(appliedProjects()).stream().filter(p -> p.status() == ProjectStatus.OPEN)
                .sorted(java.util.Comparator.comparing(ProjectSummary::title)).toList();
    }

    private Set<Long> appliedProjects() {
        Set<Long> applied = new HashSet<>();
        for (ApplicationSummary a : applications.myApplications()) {
            if (a.postingType() == PostingType.PROJECT && RANKABLE.contains(a.status())) {
                applied.add(a.postingId());
            }
        }
        return applied;
    }

    /** Replaces the current student's ranking; only open projects they applied to, each once, at most 20. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    @Transactional
    public List<ProjectSummary> rankMyProjects(List<Long> projectIds) {
        if (projectIds.size() > MAX_PREFERENCES) {
            throw new InvalidMatchingRequestException("Rank at most " + MAX_PREFERENCES + " projects.");
        }
        if (new HashSet<>(projectIds).size() != projectIds.size()) {
            throw new InvalidMatchingRequestException("Each project can appear only once in your ranking.");
        }
        List<ProjectSummary> visible = projects.summaries(projectIds);
        for (ProjectSummary p : visible) {
            if (p.status() != ProjectStatus.OPEN) {
                throw new InvalidMatchingRequestException("\"" + p.title() + "\" is not open.");
            }
        }
        if (visible.size() != projectIds.size()) {
            throw new InvalidMatchingRequestException("Only open projects can be ranked; some of these are not open or do not exist.");
        }
        Set<Long> applied = appliedProjects();
        List<String> notApplied = visible.stream().filter(p -> !applied.contains(p.id())).map(p -> "\"" + p.title() + "\"").toList();
        if (!notApplied.isEmpty()) {
            throw new InvalidMatchingRequestException("You can rank only projects you have applied to (a submitted application"
                    + " that is not withdrawn or rejected); apply first to " + String.join(", ", notApplied) + ".");
        }
        replaceRanking("delete from student_preference where student_id = ?",
                "insert into student_preference (student_id, project_id, rank_no) values (?, ?, ?)", projectIds);
        return myPreferences();
    }

    /** Students who ranked one of the current supervisor's projects, in the supervisor's order (unranked ones last). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).SUPERVISOR)")
    public List<RankedStudent> myApplicants() {
        long me = CurrentUser.require().getId();
        return jdbc.query("""
                select u.id, u.display_name, o.name, coalesce(r.rank_no, 0),
                       group_concat(p.title order by sp.rank_no separator '; ')
                from student_preference sp join pub_phd_project p on p.id = sp.project_id and p.supervisor_id = ?
                join pub_app_user u on u.id = sp.student_id left join pub_organisation o on o.id = u.organisation_id
                left join supervisor_ranking r on r.supervisor_id = ? and r.student_id = u.id
                where 1 = 1""" + APPLIED + """
                group by u.id, u.display_name, o.name, r.rank_no
                order by case when r.rank_no is null then 1 else 0 end, r.rank_no, u.display_name""",
                (rs, i) -> new RankedStudent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)), me, me);
    }

    /** Replaces the current supervisor's ranking of the students who chose their projects. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).SUPERVISOR)")
    @Transactional
    public List<RankedStudent> rankMyApplicants(List<Long> studentIds) {
        Set<Long> applicants = new HashSet<>(myApplicants().stream().map(RankedStudent::studentId).toList());
        if (new HashSet<>(studentIds).size() != studentIds.size()) {
            throw new InvalidMatchingRequestException("Each student can appear only once in your ranking.");
        }
        if (!applicants.containsAll(studentIds)) {
            throw new InvalidMatchingRequestException("You can only rank students who chose one of your projects.");
        }
        replaceRanking("delete from supervisor_ranking where supervisor_id = ?",
                "insert into supervisor_ranking (supervisor_id, student_id, rank_no) values (?, ?, ?)", studentIds);
        return myApplicants();
    }

    /**
     * Replaces the current person's ranking (a student's of projects, a supervisor's of students): {@code delete} takes
     * the person's id, {@code insert} the person's id, the ranked id and its rank (1 for the first of {@code ranked}).
     */
    private void replaceRanking(String delete, String insert, List<Long> ranked) {
        long me = CurrentUser.require().getId();
        jdbc.update(delete, me);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(new Object[] {me, ranked.get(i), i + 1});
        }
        jdbc.batchUpdate(insert, rows);
    }

    /** Computes and stores the student-optimal stable allocation for a programme's open projects (not yet published). */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public AllocationSummary allocate(long programmeId) {
        Input in = input(programmeId);
        jdbc.update("delete from allocation_run where programme_id = ? and status = 'PROPOSED'", programmeId);
        return load(store(programmeId, in, AllocationMethod.STABLE).runId());
    }

    /**
     * Computes the stable, greedy and generous allocations of a programme on the same input and stores each as a
     * proposal (replacing earlier proposals), with the figures a coordinator compares them by.
     */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public AllocationComparison compare(long programmeId) {
        Input in = input(programmeId);
        jdbc.update("delete from allocation_run where programme_id = ? and status = 'PROPOSED'", programmeId);
        List<AllocationOption> options = new ArrayList<>();
        for (AllocationMethod method : AllocationMethod.values()) {
            options.add(store(programmeId, in, method));
        }
        return new AllocationComparison(programmeId, options);
    }

    /** What the allocation reads: the engine's instance and the ranks and supervisors to store with the result. */
    private record Input(StableProblem problem, Map<Long, Long> supervisorOf, Map<String, Integer> studentRank,
                         Map<String, Integer> supervisorRank) {
    }

    private Input input(long programmeId) {
        Map<Long, Long> supervisorOf = new LinkedHashMap<>();
        jdbc.query("select id, supervisor_id from pub_phd_project where programme_id = ? and status = 'OPEN' order by id",
                rs -> {
                    supervisorOf.put(rs.getLong(1), rs.getLong(2));
                }, programmeId);
        Map<Long, List<Long>> preferences = new LinkedHashMap<>();
        Map<String, Integer> studentRank = new HashMap<>();
        jdbc.query("""
                select sp.student_id, sp.project_id, sp.rank_no from student_preference sp
                join pub_phd_project p on p.id = sp.project_id where p.programme_id = ? and p.status = 'OPEN'""" + APPLIED + """
                order by sp.student_id, sp.rank_no""", rs -> {
            preferences.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>()).add(rs.getLong(2));
            studentRank.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getInt(3));
        }, programmeId);
        Map<Long, List<Long>> rankings = new HashMap<>();
        Map<String, Integer> supervisorRank = new HashMap<>();
        jdbc.query("select supervisor_id, student_id, rank_no from supervisor_ranking order by supervisor_id, rank_no", rs -> {
            rankings.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>()).add(rs.getLong(2));
            supervisorRank.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getInt(3));
        });
        Map<Long, Integer> projectsPerSupervisor = new HashMap<>();
        supervisorOf.values().forEach(s -> projectsPerSupervisor.merge(s, 1, Integer::sum));
        List<Student> students = preferences.entrySet().stream()
                .map(e -> EngineMapping.student(e.getKey(), e.getValue())).toList();
        List<SupervisedProject> projectList = supervisorOf.entrySet().stream()
                .map(e -> EngineMapping.supervisedProject(e.getKey(), e.getValue())).toList();
        List<Supervisor> supervisors = projectsPerSupervisor.entrySet().stream()
                .map(e -> EngineMapping.supervisor(e.getKey(), e.getValue(), rankings.getOrDefault(e.getKey(), List.of())
                        .stream().filter(preferences::containsKey).toList())).toList();
        return new Input(new StableProblem(students, projectList, supervisors), supervisorOf, studentRank, supervisorRank);
    }

    /** Allocates with one method and stores the result as a proposal with its figures. */
    private AllocationOption store(long programmeId, Input in, AllocationMethod method) {
        StableResult result = method.allocate(in.problem());
        int blocking = BlockingPairs.count(in.problem(), result);
        jdbc.update("insert into allocation_run (programme_id, status, created_by, created_at, assigned, unassigned, method,"
                + " profile, worst_rank, blocking_pairs, version) values (?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                programmeId, CurrentUser.require().getId(), Timestamp.from(clock.instant()), result.assignedStudents(),
                result.unassigned().size(), method.mode(), profileText(result.profile()), result.worstRank(), blocking);
        long runId = jdbc.queryForObject("select max(id) from allocation_run where programme_id = ?", Long.class, programmeId);
        List<Object[]> rows = new ArrayList<>();
        Map<String, Integer> load = new HashMap<>();
        for (StudentAssignment a : result.assignments()) {
            long project = EngineMapping.id(a.project());
            long student = EngineMapping.id(a.student());
            rows.add(new Object[] {runId, project, student, in.studentRank().get(student + ":" + project),
                    in.supervisorRank().get(in.supervisorOf().get(project) + ":" + student)});
            load.merge(EngineMapping.engineId(in.supervisorOf().get(project)), 1, Integer::sum);
        }
        jdbc.batchUpdate("insert into allocation_assignment (run_id, project_id, student_id, student_rank, supervisor_rank)"
                + " values (?, ?, ?, ?, ?)", rows);
        Map<Long, String> names = supervisorNames(in.supervisorOf().values());
        List<SupervisorLoad> loads = in.problem().supervisors().stream()
                .map(l -> new SupervisorLoad(names.get(EngineMapping.id(l.id())), load.getOrDefault(l.id(), 0), l.capacity()))
                .sorted(java.util.Comparator.comparing(SupervisorLoad::supervisorName)).toList();
        return new AllocationOption(method.mode(), runId, result.assignedStudents(), result.unassigned().size(),
                result.profile(), result.worstRank(), blocking, loads);
    }

    private Map<Long, String> supervisorNames(java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(new HashSet<>(ids).size(), "?"));
            jdbc.query("select id, display_name from pub_app_user where id in (" + marks + ")",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    }, new HashSet<>(ids).toArray());
        }
        return names;
    }

    private static String profileText(List<Integer> profile) {
        return String.join(",", profile.stream().map(String::valueOf).toList());
    }

    private static List<Integer> profileOf(String text) {
        return text == null || text.isEmpty() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }

    /** The latest allocation of a programme, proposed or published. */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public java.util.Optional<AllocationSummary> latest(long programmeId) {
        return jdbc.queryForList("select max(id) from allocation_run where programme_id = ?", Long.class, programmeId).stream()
                .filter(java.util.Objects::nonNull).findFirst().map(this::load);
    }

    /** Publishes the latest proposal of a programme and tells each allocated student their project. */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public AllocationSummary publish(long programmeId) {
        Long runId = jdbc.queryForList("select max(id) from allocation_run where programme_id = ? and status = 'PROPOSED'",
                Long.class, programmeId).stream().filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new InvalidMatchingRequestException("There is no proposed allocation to publish; allocate first."));
        return publishRun(programmeId, runId);
    }

    /**
     * Publishes the proposal computed with {@code method} ({@code stable}, {@code greedy} or {@code generous}) by the
     * last {@link #compare}, drops the other proposals, and tells each allocated student their project.
     */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public AllocationSummary publish(long programmeId, String method) {
        String mode;
        try {
            mode = AllocationMethod.ofMode(method).mode();
        } catch (org.crossfield.matching.engine.InvalidInstanceException e) {
            throw new InvalidMatchingRequestException("Choose stable, greedy or generous.");
        }
        Long runId = jdbc.queryForList("select max(id) from allocation_run where programme_id = ? and status = 'PROPOSED'"
                + " and method = ?", Long.class, programmeId, mode).stream().filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new InvalidMatchingRequestException("There is no proposed " + mode
                        + " allocation to publish; compare the methods first."));
        return publishRun(programmeId, runId);
    }

    private AllocationSummary publishRun(long programmeId, long runId) {
        jdbc.update("update allocation_run set status = 'PUBLISHED', published_at = ?, version = version + 1 where id = ?",
                Timestamp.from(clock.instant()), runId);
        jdbc.update("delete from allocation_run where programme_id = ? and status = 'PROPOSED'", programmeId);
        AllocationSummary published = load(runId);
        for (AllocationLine line : published.assignments()) {
            notifications.notify(new NotifyCmd(List.of(line.studentId()), NotificationTemplates.GENERIC, Map.of(
                    "title", "Your PhD project: " + line.projectTitle(),
                    "message", "The programme's student allocation placed you on \"" + line.projectTitle() + "\" (your choice no. "
                            + line.studentRank() + "), supervised by " + line.supervisorName() + "."), "ranking"));
        }
        return published;
    }

    /** The published project the current student was allocated to, if any. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT)")
    public java.util.Optional<AllocationLine> myAllocation() {
        long me = CurrentUser.require().getId();
        return lines("""
                where a.student_id = ? and r.status = 'PUBLISHED' order by r.id desc limit 1""", me).stream().findFirst();
    }

    private AllocationSummary load(long runId) {
        var run = jdbc.queryForMap("select programme_id, status, created_at, published_at, method, profile, worst_rank,"
                + " blocking_pairs from allocation_run where id = ?", runId);
        List<AllocationLine> lines = lines("where a.run_id = ? order by p.title", runId);
        Set<Long> assigned = new HashSet<>(lines.stream().map(AllocationLine::studentId).toList());
        List<String> unassigned = jdbc.query("""
                select distinct u.id, u.display_name from student_preference sp join pub_phd_project p on p.id = sp.project_id
                join pub_app_user u on u.id = sp.student_id where p.programme_id = ? and p.status = 'OPEN'""" + APPLIED + """
                order by u.display_name""",
                (rs, i) -> assigned.contains(rs.getLong(1)) ? null : rs.getString(2), run.get("programme_id"))
                .stream().filter(java.util.Objects::nonNull).toList();
        Timestamp published = (Timestamp) run.get("published_at");
        return new AllocationSummary(runId, ((Number) run.get("programme_id")).longValue(), (String) run.get("status"),
                ((Timestamp) run.get("created_at")).toInstant(), published == null ? null : published.toInstant(), lines, unassigned,
                (String) run.get("method"), profileOf((String) run.get("profile")), number(run.get("worst_rank")),
                number(run.get("blocking_pairs")));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private List<AllocationLine> lines(String where, Object arg) {
        return jdbc.query("""
                select a.project_id, p.title, sup.display_name, a.student_id, st.display_name, a.student_rank, a.supervisor_rank
                from allocation_assignment a join allocation_run r on r.id = a.run_id join pub_phd_project p on p.id = a.project_id
                join pub_app_user sup on sup.id = p.supervisor_id join pub_app_user st on st.id = a.student_id
                """ + " " + where,
                (rs, i) -> new AllocationLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7)), arg);
    }
}
