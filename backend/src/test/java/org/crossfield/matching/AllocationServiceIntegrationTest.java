package org.crossfield.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class AllocationServiceIntegrationTest {

    private static final String STUDENT = "student@demo.crossfield.org";
    private static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    AllocationService allocation;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private long demoProgramme() {
        return jdbc.queryForObject("select min(p.programme_id) from phd_project p join app_user u on u.id = p.supervisor_id where u.email = ?",
                Long.class, SUPERVISOR);
    }

    @Test
    void theDemoStudentRanksTheDemoSupervisorsProjectFirstAndTheSupervisorSeesThem() {
        List<ProjectSummary> mine = runAs.as(STUDENT, allocation::myPreferences);
        assertThat(mine).isNotEmpty();
        assertThat(mine.getFirst().supervisorName()).isEqualTo("Sam Supervisor");
        assertThat(runAs.as(SUPERVISOR, allocation::myApplicants)).anyMatch(s -> s.name().equals("Stella Student"));
    }

    @Test
    void theAllocationIsConsistentAndMutuallyAcceptable() {
        long programme = demoProgramme();
        AllocationSummary view = runAs.as(COORDINATOR, () -> allocation.allocate(programme));
        assertThat(view.status()).isEqualTo("PROPOSED");
        assertThat(view.assignments()).isNotEmpty();
        Set<Long> students = new HashSet<>();
        Set<Long> projects = new HashSet<>();
        for (AllocationLine line : view.assignments()) {
            assertThat(students.add(line.studentId())).as("a student once").isTrue();
            assertThat(projects.add(line.projectId())).as("a project takes one student").isTrue();
            assertThat(line.studentRank()).isPositive();
            assertThat(line.supervisorRank()).isPositive();
        }
        // nobody who is unallocated was ranked by a supervisor with a free project they also ranked: no blocking pair
        List<long[]> blocking = jdbc.query("""
                select sp.student_id, sp.project_id from student_preference sp join phd_project p on p.id = sp.project_id
                join supervisor_ranking r on r.supervisor_id = p.supervisor_id and r.student_id = sp.student_id
                where p.programme_id = ? and p.status = 'OPEN'
                  and not exists (select 1 from allocation_assignment a where a.run_id = ? and a.student_id = sp.student_id)
                  and not exists (select 1 from allocation_assignment a where a.run_id = ? and a.project_id = p.id)""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, programme, view.id(), view.id());
        // such a pair may still be blocked by the supervisor's capacity, which is the number of their open projects
        for (long[] pair : blocking) {
            long supervisor = jdbc.queryForObject("select supervisor_id from phd_project where id = ?", Long.class, pair[1]);
            long capacity = jdbc.queryForObject("select count(*) from phd_project where supervisor_id = ? and programme_id = ? and status = 'OPEN'",
                    Long.class, supervisor, programme);
            long taken = jdbc.queryForObject("""
                    select count(*) from allocation_assignment a join phd_project p on p.id = a.project_id
                    where a.run_id = ? and p.supervisor_id = ?""", Long.class, view.id(), supervisor);
            assertThat(taken).as("pair %s would block", java.util.Arrays.toString(pair)).isEqualTo(capacity);
        }
        AllocationSummary published = runAs.as(COORDINATOR, () -> allocation.publish(programme));
        assertThat(published.status()).isEqualTo("PUBLISHED");
        AllocationLine first = published.assignments().getFirst();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and link = 'ranking'", Long.class,
                first.studentId())).isPositive();
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> allocation.publish(programme))).hasMessageContaining("allocate first");
    }

    @Test
    void theThreeMethodsAreComparedOnTheSameInputAndTheChosenOneIsPublishedWithItsFigures() {
        long programme = demoProgramme();
        AllocationComparison comparison = runAs.as(COORDINATOR, () -> allocation.compare(programme));
        assertThat(comparison.options()).extracting(AllocationOption::method).containsExactly("stable", "greedy", "generous");
        AllocationOption stable = comparison.option("stable");
        AllocationOption greedy = comparison.option("greedy");
        AllocationOption generous = comparison.option("generous");
        int students = stable.allocated() + stable.notAllocated();
        for (AllocationOption o : comparison.options()) {
            assertThat(o.allocated() + o.notAllocated()).as(o.method()).isEqualTo(students);
            assertThat(o.profile().stream().mapToInt(Integer::intValue).sum()).as(o.method()).isEqualTo(o.allocated());
            assertThat(o.profile()).hasSize(comparison.ranks());
            assertThat(o.supervisorLoads()).isNotEmpty().allSatisfy(l -> assertThat(l.load()).isBetween(0, l.capacity()));
            assertThat(o.supervisorLoads().stream().mapToInt(SupervisorLoad::load).sum()).isEqualTo(o.allocated());
            assertThat(jdbc.queryForObject("select count(*) from allocation_assignment where run_id = ?", Long.class, o.runId()))
                    .isEqualTo((long) o.allocated());
        }
        assertThat(stable.blockingPairs()).isZero();
        // greedy and generous are maximum allocations, so at least as large as the stable one
        assertThat(greedy.allocated()).isGreaterThanOrEqualTo(stable.allocated()).isEqualTo(generous.allocated());
        assertThat(greedy.profile().getFirst()).isGreaterThanOrEqualTo(generous.profile().getFirst());
        assertThat(generous.worstRank()).isLessThanOrEqualTo(greedy.worstRank());

        AllocationSummary published = runAs.as(COORDINATOR, () -> allocation.publish(programme, "generous"));
        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.method()).isEqualTo("generous");
        assertThat(published.profile()).isEqualTo(generous.profile());
        assertThat(published.worstRank()).isEqualTo(generous.worstRank());
        assertThat(published.blockingPairs()).isEqualTo(generous.blockingPairs());
        assertThat(published.assignments()).hasSize(generous.allocated());
        assertThat(jdbc.queryForObject("select count(*) from allocation_run where programme_id = ? and status = 'PROPOSED'",
                Long.class, programme)).as("the other proposals are dropped").isZero();
        assertThat(runAs.as(COORDINATOR, () -> allocation.latest(programme))).get().extracting(AllocationSummary::method)
                .isEqualTo("generous");
        AllocationLine someone = published.assignments().getFirst();
        String email = jdbc.queryForObject("select email from app_user where id = ?", String.class, someone.studentId());
        assertThat(runAs.as(email, allocation::myAllocation)).get().extracting(AllocationLine::projectId)
                .isEqualTo(someone.projectId());
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> allocation.publish(programme, "greedy")))
                .isInstanceOf(InvalidMatchingRequestException.class).hasMessageContaining("compare the methods first");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> allocation.publish(programme, "fair")))
                .isInstanceOf(InvalidMatchingRequestException.class).hasMessageContaining("stable, greedy or generous");
    }

    @Test
    void badRankingsAreRefused() {
        List<Long> open = jdbc.queryForList("select id from phd_project where status = 'OPEN' order by id limit 21", Long.class);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> allocation.rankMyProjects(open))).hasMessageContaining("at most 20");
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> allocation.rankMyProjects(List.of(open.get(0), open.get(0)))))
                .hasMessageContaining("only once");
        Long draft = jdbc.queryForObject("select min(id) from phd_project where status = 'DRAFT'", Long.class);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> allocation.rankMyProjects(List.of(draft)))).hasMessageContaining("Only open projects");
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> allocation.rankMyProjects(List.of(9_999_999L)))).hasMessageContaining("do not exist");
        long stranger = runAs.idOf("mentor@demo.crossfield.org");
        assertThatThrownBy(() -> runAs.as(SUPERVISOR, () -> allocation.rankMyApplicants(List.of(stranger))))
                .hasMessageContaining("only rank students who chose");
        List<ProjectSummary> before = runAs.as(STUDENT, allocation::myPreferences);
        List<ProjectSummary> reversed = runAs.as(STUDENT, () -> allocation.rankMyProjects(
                before.reversed().stream().map(ProjectSummary::id).toList()));
        assertThat(reversed).isEqualTo(before.reversed());
        runAs.run(STUDENT, () -> allocation.rankMyProjects(before.stream().map(ProjectSummary::id).toList()));
    }

    @Test
    void aStudentRanksOnlyProjectsTheyAppliedTo() {
        long me = runAs.idOf(STUDENT);
        long notApplied = jdbc.queryForObject("""
                select min(p.id) from phd_project p where p.status = 'OPEN' and not exists (select 1 from application a
                where a.posting_type = 'PROJECT' and a.posting_id = p.id and a.student_id = ?)""", Long.class, me);
        String title = jdbc.queryForObject("select title from phd_project where id = ?", String.class, notApplied);
        List<ProjectSummary> before = runAs.as(STUDENT, allocation::myPreferences);
        List<Long> withIt = new java.util.ArrayList<>(before.stream().map(ProjectSummary::id).toList());
        withIt.add(notApplied);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> allocation.rankMyProjects(withIt)))
                .isInstanceOf(InvalidMatchingRequestException.class)
                .hasMessageContaining("You can rank only projects you have applied to").hasMessageContaining(title);
        assertThat(runAs.as(STUDENT, allocation::myPreferences)).as("nothing changed").isEqualTo(before);

        List<ProjectSummary> offered = runAs.as(STUDENT, allocation::rankableProjects);
        assertThat(offered).extracting(ProjectSummary::id).doesNotContain(notApplied)
                .containsAll(before.stream().map(ProjectSummary::id).toList());
        assertThat(offered).allMatch(p -> p.status() == org.crossfield.marketplace.ProjectStatus.OPEN);
    }

    @Test
    void theSandboxRanksOnlyAppliedProjects() {
        assertThat(jdbc.queryForObject("select count(*) from student_preference", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from student_preference sp where not exists (select 1 from application a
                where a.posting_type = 'PROJECT' and a.posting_id = sp.project_id and a.student_id = sp.student_id
                and a.status in ('SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED', 'OFFERED', 'ACCEPTED'))""", Long.class)).isZero();
    }

    @Test
    void aRankingWhoseApplicationWasWithdrawnNoLongerCounts() {
        long[] pair = jdbc.queryForObject("""
                select sp.student_id, sp.project_id from student_preference sp join app_user u on u.id = sp.student_id
                where u.email <> ? order by sp.student_id desc, sp.rank_no limit 1""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, STUDENT);
        jdbc.update("update application set status = 'WITHDRAWN' where posting_type = 'PROJECT' and posting_id = ? and student_id = ?",
                pair[1], pair[0]);
        String supervisor = jdbc.queryForObject("select u.email from app_user u join phd_project p on p.supervisor_id = u.id where p.id = ?",
                String.class, pair[1]);
        long otherChoicesOfThisSupervisor = jdbc.queryForObject("""
                select count(*) from student_preference sp join phd_project p on p.id = sp.project_id
                join application a on a.posting_type = 'PROJECT' and a.posting_id = sp.project_id and a.student_id = sp.student_id
                where sp.student_id = ? and p.supervisor_id = (select supervisor_id from phd_project where id = ?)
                and a.status <> 'WITHDRAWN'""", Long.class, pair[0], pair[1]);
        if (otherChoicesOfThisSupervisor == 0) {
            assertThat(runAs.as(supervisor, allocation::myApplicants)).extracting(RankedStudent::studentId).doesNotContain(pair[0]);
        }
        jdbc.update("update application set status = 'SUBMITTED' where posting_type = 'PROJECT' and posting_id = ? and student_id = ?",
                pair[1], pair[0]);
        assertThat(runAs.as(supervisor, allocation::myApplicants)).extracting(RankedStudent::studentId).contains(pair[0]);
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotDo() {
        long programme = demoProgramme();
        for (String who : List.of("student", "mentor", "supervisor", "partner")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.allocate(programme)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.publish(programme)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.compare(programme)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.publish(programme, "generous")))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of("mentor", "supervisor", "partner", "coordinator")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.rankMyProjects(List.of())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", allocation::rankableProjects))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of("student", "mentor", "partner", "coordinator")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> allocation.rankMyApplicants(List.of())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
