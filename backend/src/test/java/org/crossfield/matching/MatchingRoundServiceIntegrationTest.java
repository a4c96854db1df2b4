package org.crossfield.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.matching.engine.AssignmentResult;
import org.crossfield.matching.engine.OptimalAssigner;
import org.crossfield.matching.engine.Pair;
import org.crossfield.notification.NotificationService;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@CrossfieldIntegrationTest
class MatchingRoundServiceIntegrationTest {

    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
    private static final String MENTOR = "mentor@demo.crossfield.org";
    private static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    MatchingRoundService rounds;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationService notifications;
    @Autowired
    RoundInstances instances;
    @Autowired
    MatchingRoundRepository roundRepository;
    @Autowired
    TransactionTemplate transactions;

    private long programmeOfDemoProjects() {
        return jdbc.queryForObject("select min(p.programme_id) from phd_project p join app_user u on u.id = p.supervisor_id where u.email = ?",
                Long.class, SUPERVISOR);
    }

    private Set<Long> openProjects(long programme) {
        return new HashSet<>(jdbc.queryForList("select id from phd_project where programme_id = ? and status = 'OPEN'", Long.class, programme));
    }

    private long demoProject() {
        return jdbc.queryForObject("select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id where u.email = ?",
                Long.class, SUPERVISOR);
    }

    private RoundSummary newRound(String name) {
        long programme = programmeOfDemoProjects();
        return runAs.as(COORDINATOR, () -> rounds.createRound(new CreateRoundCmd(programme, name, openProjects(programme), Set.of())));
    }

    @Test
    void aRunRespectsEligibilityCapacityAndSlots() {
        RoundSummary round = runAs.as(COORDINATOR, () -> rounds.run(newRound("Eligibility").id()));
        List<ProposalSummary> proposals = runAs.as(COORDINATOR, () -> rounds.proposals(round.id()));
        assertThat(proposals).isNotEmpty();
        assertThat(round.filledSlots()).isEqualTo(proposals.size());
        Map<Long, Integer> perMentor = new HashMap<>();
        Map<Long, Integer> perProject = new HashMap<>();
        for (ProposalSummary p : proposals) {
            perMentor.merge(p.mentorId(), 1, Integer::sum);
            perProject.merge(p.projectId(), 1, Integer::sum);
            assertThat(p.regret()).isGreaterThanOrEqualTo(0);
            assertThat(p.score()).isBetween(0.0, 1.0);
            Long mentorOrg = jdbc.queryForObject("select organisation_id from app_user where id = ?", Long.class, p.mentorId());
            Long projectOrg = jdbc.queryForObject("select organisation_id from phd_project where id = ?", Long.class, p.projectId());
            assertThat(mentorOrg).isNotEqualTo(projectOrg);
            Long conflicts = jdbc.queryForObject("""
                    select count(*) from mentor_conflict c join phd_project p on (c.organisation_id = p.organisation_id or c.person_id = p.supervisor_id)
                    where p.id = ? and c.mentor_id = ?""", Long.class, p.projectId(), p.mentorId());
            assertThat(conflicts).isZero();
        }
        perMentor.forEach((mentor, n) -> assertThat(n).isLessThanOrEqualTo(
                jdbc.queryForObject("select coalesce(max(capacity), 1) from mentor_settings where user_id = ?", Integer.class, mentor)));
        perProject.forEach((project, n) -> assertThat(n).isLessThanOrEqualTo(
                jdbc.queryForObject("select mentor_slots from phd_project where id = ?", Integer.class, project)));
    }

    @Test
    void pinsForbidsPublicationDecisionsAndReRunsFromTheWaitlist() {
        long roundId = newRound("Life cycle").id();
        long project = demoProject();
        long mentor = runAs.idOf(MENTOR);
        runAs.run(COORDINATOR, () -> rounds.run(roundId));
        runAs.run(COORDINATOR, () -> rounds.pin(roundId, project, mentor));
        runAs.run(COORDINATOR, () -> rounds.run(roundId));
        ProposalSummary pinned = runAs.as(COORDINATOR, () -> rounds.proposals(roundId)).stream()
                .filter(p -> p.projectId() == project && p.mentorId() == mentor).findFirst().orElseThrow();
        assertThat(pinned.pinned()).isTrue();

        // a forbid removes a pair from the next run
        ProposalSummary other = runAs.as(COORDINATOR, () -> rounds.proposals(roundId)).stream()
                .filter(p -> p.mentorId() != mentor).findFirst().orElseThrow();
        runAs.run(COORDINATOR, () -> rounds.forbid(roundId, other.projectId(), other.mentorId()));
        runAs.run(COORDINATOR, () -> rounds.run(roundId));
        assertThat(runAs.as(COORDINATOR, () -> rounds.proposals(roundId)))
                .noneMatch(p -> p.projectId() == other.projectId() && p.mentorId() == other.mentorId());

        // nobody but the coordinator sees unpublished proposals
        assertThat(runAs.as(MENTOR, rounds::myProposals)).noneMatch(p -> p.roundId() == roundId);
        runAs.run(COORDINATOR, () -> rounds.publish(roundId));
        ProposalSummary mine = runAs.as(MENTOR, rounds::myProposals).stream().filter(p -> p.roundId() == roundId).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(ProposalStatus.PENDING);
        // publishing told the mentor and the supervisor, in the app and by e-mail (through the outbox)
        var told = runAs.as(MENTOR, () -> notifications.myNotifications(PageRequest.of(0, 50)));
        assertThat(told.getContent()).anyMatch(n -> n.kind().equals("match-proposed") && n.unread()
                && "proposals".equals(n.link()) && n.body().contains(mine.projectTitle()));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox o join app_user u on u.id = o.recipient_user_id"
                + " where u.email = ? and o.template = 'match-proposed'", Long.class, SUPERVISOR)).isPositive();
        assertThat(runAs.as(SUPERVISOR, rounds::myProposals)).anyMatch(p -> p.id() == mine.id());

        assertThatThrownBy(() -> runAs.as(MENTOR, () -> rounds.decide(mine.id(), false, "  ")))
                .hasMessageContaining("Say why you decline");
        assertThat(runAs.as(MENTOR, () -> rounds.decide(mine.id(), true, null)).status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(runAs.as(SUPERVISOR, () -> rounds.decide(mine.id(), true, null)).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(runAs.as(COORDINATOR, () -> notifications.myNotifications(PageRequest.of(0, 50))).getContent())
                .anyMatch(n -> n.kind().equals("match-decided") && ("matching/rounds/" + roundId).equals(n.link()));
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> rounds.decide(mine.id(), false, "changed my mind")))
                .hasMessageContaining("can no longer be decided");

        // another published pair is declined: the re-run keeps accepted pairs and refills the slot with someone else
        ProposalSummary toDecline = runAs.as(COORDINATOR, () -> rounds.proposals(roundId)).stream()
                .filter(p -> p.status() == ProposalStatus.PENDING).findFirst().orElseThrow();
        String declinerEmail = jdbc.queryForObject("select email from app_user where id = ?", String.class, toDecline.mentorId());
        runAs.run(declinerEmail, () -> rounds.decide(toDecline.id(), false, "No time this term"));
        runAs.run(COORDINATOR, () -> rounds.run(roundId));
        List<ProposalSummary> after = runAs.as(COORDINATOR, () -> rounds.proposals(roundId));
        assertThat(after).anyMatch(p -> p.id() == mine.id() && p.status() == ProposalStatus.ACCEPTED);
        assertThat(after).noneMatch(p -> p.projectId() == toDecline.projectId() && p.mentorId() == toDecline.mentorId()
                && p.status() != ProposalStatus.DECLINED);
        assertThat(after).anyMatch(p -> p.projectId() == toDecline.projectId() && p.status() == ProposalStatus.PROPOSED);
    }

    @Test
    void badRoundsAreRefusedWithAReason() {
        long programme = programmeOfDemoProjects();
        Set<Long> open = openProjects(programme);
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> rounds.createRound(new CreateRoundCmd(programme, " ", open, Set.of()))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> rounds.createRound(new CreateRoundCmd(programme, "x", Set.of(), Set.of()))))
                .hasMessageContaining("at least one project");
        Long elsewhere = jdbc.queryForObject("select min(id) from phd_project where programme_id <> ? and status = 'OPEN'", Long.class, programme);
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> rounds.createRound(new CreateRoundCmd(programme, "x", Set.of(elsewhere), Set.of()))))
                .hasMessageContaining("not an open project of this programme");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> rounds.createRound(new CreateRoundCmd(programme, "x", open, Set.of("Belgium")))))
                .hasMessageContaining("two-letter country code");
        long roundId = newRound("Not yet run").id();
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> rounds.publish(roundId))).hasMessageContaining("run it first");
    }

    @Test
    void onlyTheProgrammesCoordinatorsRunRoundsAndOnlyPartiesDecide() {
        long roundId = newRound("Security").id();
        for (String who : List.of("student", "mentor", "supervisor", "partner")) {
            String email = who + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(email, () -> rounds.run(roundId))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> rounds.proposals(roundId))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> rounds.publish(roundId))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        long programme = programmeOfDemoProjects();
        String otherCoordinator = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
                where u.email like '%.example' and not exists (select 1 from programme_coordinator c where c.user_id = u.id and c.programme_id = ?)
                order by u.id limit 1""", String.class, programme);
        assertThatThrownBy(() -> runAs.as(otherCoordinator, () -> rounds.run(roundId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(otherCoordinator, () -> rounds.createRound(new CreateRoundCmd(programme, "x",
                openProjects(programme), Set.of())))).isInstanceOf(AccessDeniedException.class);

        runAs.run(COORDINATOR, () -> rounds.run(roundId));
        runAs.run(COORDINATOR, () -> rounds.publish(roundId));
        ProposalSummary any = runAs.as(COORDINATOR, () -> rounds.proposals(roundId)).getFirst();
        assertThatThrownBy(() -> runAs.as("student@demo.crossfield.org", () -> rounds.decide(any.id(), true, null)))
                .isInstanceOf(AccessDeniedException.class);
        String bystander = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.email like '%.example' and u.id <> ? order by u.id limit 1""", String.class, any.mentorId());
        assertThatThrownBy(() -> runAs.as(bystander, () -> rounds.decide(any.id(), true, null))).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * What a run stores and publishes is what the solver returned: solving the round's instance (built through the one
     * engine mapping) again gives the same pairs, each proposal's score is the solver's score of its pair, and the
     * round's total is the solver's total. Nothing is scored a second time between the solver and the proposals.
     */
    @Test
    void aRunStoresTheSolversPairsAndScoresAsTheSolverReturnedThem() {
        RoundSummary round = runAs.as(COORDINATOR, () -> rounds.run(newRound("Solver scores").id()));
        AssignmentResult solved = runAs.as(COORDINATOR, () -> transactions.execute(status ->
                OptimalAssigner.solve(instances.of(roundRepository.findById(round.id()).orElseThrow()).problem())));
        Map<Pair, Double> solverScores = new HashMap<>();
        solved.assignments().forEach(a -> solverScores.put(new Pair(a.project(), a.mentor()), a.score()));
        List<ProposalSummary> proposals = runAs.as(COORDINATOR, () -> rounds.proposals(round.id()));
        assertThat(proposals).isNotEmpty().hasSize(solverScores.size());
        for (ProposalSummary p : proposals) {
            Pair pair = EngineMapping.pair(p.projectId(), p.mentorId());
            assertThat(solverScores).as("the solver chose %s", pair).containsKey(pair);
            assertThat(p.score()).as("score of %s", pair).isEqualTo(solverScores.get(pair));
            // the recorded explanation reads back into structured lines (the screens word them) that add up to the score
            if (!p.explanation().isBlank()) {
                assertThat(p.lines()).as("lines of %s", pair).isNotEmpty();
                assertThat(p.lines().stream().mapToDouble(ContributionLine::contribution).sum()).as("contributions of %s", pair)
                        .isCloseTo(p.score(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(round.totalScore()).isEqualTo(solved.totalScore());
        assertThat(round.filledSlots()).isEqualTo(solved.filledSlots());
    }
}
