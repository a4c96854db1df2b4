package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.matching.MatchDecidedEvent;
import org.crossfield.matching.ProposalStatus;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@CrossfieldIntegrationTest
class CollaborationServiceIntegrationTest {

    static final String DEMO_STUDENT = "student@demo.crossfield.org";
    static final String DEMO_SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String DEMO_MENTOR = "mentor@demo.crossfield.org";
    static final String DEMO_PARTNER = "partner@demo.crossfield.org";
    static final String DEMO_COORDINATOR = "coordinator@demo.crossfield.org";
    static final String DEMO_ADMIN = "admin@demo.crossfield.org";

    @Autowired
    CollaborationService service;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutcomeTotals totals;

    /** An open project nobody has applied to yet, and a student without applications, for each test its own. */
    /**
     * An open demo PhD project nobody has applied to: a fresh copy of one of the sandbox's open projects, made for the
     * calling test, so that no test depends on how many untouched sandbox projects other test classes left over.
     */
    private long untouchedProject(int n) {
        long template = jdbc.queryForObject("select id from phd_project where status = 'OPEN' and demo order by id limit 1 offset ?",
                Long.class, n);
        String columns = "programme_id, organisation_id, supervisor_id, research_question, mentor_slots, status, demo,"
                + " created_at, published_at, version, ip_regime_code, data_tier, access_model, ethics_approval_needed,"
                + " dpia_needed, data_sharing_agreement_needed, gdpr_legal_basis, fair_identifier, fair_licence,"
                + " fair_metadata_standard, submitted_at";
        jdbc.update("insert into phd_project (title, " + columns + ") select concat('Untouched copy ', ?, ' of ', id), "
                + columns + " from phd_project where id = ?", System.nanoTime(), template);
        long copy = jdbc.queryForObject("select max(id) from phd_project", Long.class);
        jdbc.update("insert into project_requirement (project_id, competency_code, level, weight, must_have)"
                + " select ?, competency_code, level, weight, must_have from project_requirement where project_id = ?", copy, template);
        return copy;
    }

    private String freshStudent(int n) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.demo and u.id not in (select student_id from application) order by u.id desc limit 1 offset ?""", String.class, n);
    }

    private String supervisorOf(long project) {
        return jdbc.queryForObject("select u.email from phd_project p join app_user u on u.id = p.supervisor_id where p.id = ?",
                String.class, project);
    }

    private String coordinatorOf(long programme) {
        return jdbc.queryForObject("""
                select u.email from programme_coordinator pc join app_user u on u.id = pc.user_id where pc.programme_id = ?
                order by u.id limit 1""", String.class, programme);
    }

    private String coordinatorNotOf(long programme) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
                where u.id not in (select user_id from programme_coordinator where programme_id = ?) order by u.id limit 1""",
                String.class, programme);
    }

    /** The real path: apply, the supervisor offers, the student accepts. */
    private long acceptOffer(long project, String student) {
        long application = runAs.as(student, () -> applications.submit(
                new SaveApplicationCmd(PostingType.PROJECT, project, "I want to work on this.", answersFor(project), null))).id();
        String supervisor = supervisorOf(project);
        runAs.run(supervisor, () -> {
            reviews.openForReview(application);
            reviews.shortlist(application);
            reviews.offer(application);
        });
        runAs.run(student, () -> applications.acceptOffer(application));
        return application;
    }

    private Map<Long, String> answersFor(long project) {
        Map<Long, String> answers = new java.util.HashMap<>();
        jdbc.queryForList("select id from posting_question where posting_type = 'PROJECT' and posting_id = ? and required",
                Long.class, project).forEach(q -> answers.put(q, "An answer."));
        return answers;
    }

    private long collaborationOfApplication(long application) {
        return jdbc.queryForObject("select id from collaboration where application_id = ?", Long.class, application);
    }

    @Test
    void anAcceptedOfferStartsACollaborationThatItsPartiesAndCoordinatorsSeeAndNobodyElse() {
        long project = untouchedProject(0);
        String student = freshStudent(0);
        long application = acceptOffer(project, student);

        long id = collaborationOfApplication(application);
        CollaborationDetails details = runAs.as(student, () -> service.collaboration(id));
        assertThat(details.origin()).isEqualTo(CollaborationOrigin.OFFER);
        assertThat(details.status()).isEqualTo(CollaborationStatus.ACTIVE);
        assertThat(details.projectId()).isEqualTo(project);
        assertThat(details.student().email()).isEqualTo(student);
        assertThat(details.supervisor().email()).isEqualTo(supervisorOf(project));
        assertThat(details.mentor()).isNull();
        assertThat(details.academicOrganisation()).isNotNull();
        assertThat(runAs.as(student, service::myCollaborations)).extracting(CollaborationSummary::id).contains(id);
        assertThat(runAs.as(supervisorOf(project), service::myCollaborations)).extracting(CollaborationSummary::id).contains(id);

        long programme = details.programmeId();
        assertThat(runAs.as(coordinatorOf(programme), () -> service.programmeCollaborations(programme, PageRequest.of(0, 500))))
                .extracting(CollaborationSummary::id).contains(id);
        assertThat(runAs.as(coordinatorOf(programme), () -> service.collaboration(id)).id()).isEqualTo(id);

        // refused: another student, an unrelated partner, the demo mentor, an administrator, a coordinator of another programme
        for (String outsider : new String[] {freshStudent(1), DEMO_PARTNER, DEMO_MENTOR, DEMO_ADMIN, coordinatorNotOf(programme)}) {
            assertThatThrownBy(() -> runAs.as(outsider, () -> service.collaboration(id)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(runAs.as(outsider, service::myCollaborations)).as(outsider)
                    .extracting(CollaborationSummary::id).doesNotContain(id);
            assertThatThrownBy(() -> runAs.as(outsider, () -> service.cancel(id)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as(coordinatorNotOf(programme),
                () -> service.programmeCollaborations(programme, PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> service.programmeCollaborations(programme, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAcceptedMatchOnTheSameProjectJoinsTheMentorAndItsCompany() {
        long project = untouchedProject(1);
        long application = acceptOffer(project, freshStudent(2));
        long id = collaborationOfApplication(application);
        long mentor = runAs.idOf(DEMO_MENTOR);
        long proposal = insertProposal(project, mentor);
        jdbc.update("""
                insert into outcome (collaboration_id, type_code, title, occurred_on, recorded_by, joint_public_private, created_at)
                select id, 'SOFTWARE', 'Before the mentor joined', '2030-03-03', student_id, false, now() from collaboration where id = ?""",
                id);
        totals.rebuild();
        assertThat(jdbc.queryForObject("select partner_organisation_id from collaboration where id = ?", Long.class, id))
                .as("no partner yet: the mentor's company becomes it").isNull();

        decided(proposal, project, mentor, ProposalStatus.ACCEPTED);

        // the outcome moved to the totals of the new partner organisation
        OutcomeTotalsIntegrationTest.assertTotalsMatchTheRows(jdbc, totals);
        CollaborationDetails details = runAs.as(DEMO_MENTOR, () -> service.collaboration(id));
        assertThat(details.mentor().email()).isEqualTo(DEMO_MENTOR);
        assertThat(details.proposalId()).isEqualTo(proposal);
        // the mentor's company is the partner: its managers now see the collaboration
        assertThat(runAs.as(DEMO_PARTNER, service::myCollaborations)).extracting(CollaborationSummary::id).contains(id);
        assertThat(jdbc.queryForObject("select count(*) from collaboration where project_id = ?", Integer.class, project)).isOne();
    }

    @Test
    void aMatchAcceptedFirstStartsACollaborationThatALaterOfferCompletes() {
        long project = untouchedProject(2);
        long mentor = runAs.idOf(DEMO_MENTOR);
        long proposal = insertProposal(project, mentor);
        decided(proposal, project, mentor, ProposalStatus.PENDING);
        assertThat(jdbc.queryForObject("select count(*) from collaboration where proposal_id = ?", Integer.class, proposal))
                .as("a proposal still waiting for the other side starts nothing").isZero();

        decided(proposal, project, mentor, ProposalStatus.ACCEPTED);
        long id = jdbc.queryForObject("select id from collaboration where proposal_id = ?", Long.class, proposal);
        assertThat(runAs.as(DEMO_MENTOR, () -> service.collaboration(id)).origin()).isEqualTo(CollaborationOrigin.MATCH);

        String student = freshStudent(3);
        acceptOffer(project, student);
        CollaborationDetails details = runAs.as(student, () -> service.collaboration(id));
        assertThat(details.student().email()).isEqualTo(student);
        assertThat(details.mentor().email()).isEqualTo(DEMO_MENTOR);
    }

    @Test
    void aCollaborationEndsOnceAndThenRefusesChanges() {
        long application = acceptOffer(untouchedProject(3), freshStudent(4));
        long id = collaborationOfApplication(application);
        String supervisor = jdbc.queryForObject(
                "select u.email from collaboration c join app_user u on u.id = c.supervisor_id where c.id = ?", String.class, id);
        CollaborationDetails completed = runAs.as(supervisor, () -> service.complete(id));
        assertThat(completed.status()).isEqualTo(CollaborationStatus.COMPLETED);
        assertThat(completed.endedAt()).isNotNull();
        assertThatThrownBy(() -> runAs.as(supervisor, () -> service.cancel(id)))
                .isInstanceOf(IllegalCollaborationTransitionException.class).hasMessageContaining("completed");
    }

    @Test
    void theSandboxGivesTheDemoPeopleACollaborationTogether() {
        assertThat(runAs.as(DEMO_STUDENT, service::myCollaborations)).anySatisfy(c -> {
            assertThat(c.supervisorName()).isEqualTo("Sam Supervisor");
            assertThat(c.mentorName()).isEqualTo("Mona Mentor");
        });
        for (String party : new String[] {DEMO_SUPERVISOR, DEMO_MENTOR, DEMO_PARTNER}) {
            assertThat(runAs.as(party, service::myCollaborations)).as(party)
                    .anySatisfy(c -> assertThat(c.studentName()).isEqualTo("Stella Student"));
        }
        assertThat(jdbc.queryForObject("select count(*) from collaboration where demo", Integer.class)).isGreaterThan(5);
        assertThat(jdbc.queryForObject("""
                select count(*) from collaboration c join application a on a.id = c.application_id
                where a.status <> 'ACCEPTED' or a.student_id <> c.student_id""", Integer.class))
                .as("every demo collaboration comes from an accepted application of its student").isZero();
    }

    private long insertProposal(long project, long mentor) {
        long programme = jdbc.queryForObject("select programme_id from phd_project where id = ?", Long.class, project);
        long coordinator = runAs.idOf(coordinatorOf(programme));
        jdbc.update("""
                insert into matching_round (programme_id, name, status, created_by, created_at, version)
                values (?, 'Test round', 'PUBLISHED', ?, current_timestamp(6), 0)""", programme, coordinator);
        long round = jdbc.queryForObject("select max(id) from matching_round", Long.class);
        jdbc.update("""
                insert into round_proposal (round_id, project_id, mentor_id, score, best_score, pinned, explanation, status, version)
                values (?, ?, ?, 0.9, 0.9, false, 'test', 'PENDING', 0)""", round, project, mentor);
        return jdbc.queryForObject("select max(id) from round_proposal", Long.class);
    }

    /** What MatchingRoundService.decide publishes when the mentor decides, inside its transaction. */
    private void decided(long proposal, long project, long mentor, ProposalStatus status) {
        runAs.run(DEMO_MENTOR, () -> transactions.executeWithoutResult(tx -> events.publishEvent(
                new MatchDecidedEvent(roundOf(proposal), proposal, project, mentor, status))));
    }

    private long roundOf(long proposal) {
        return jdbc.queryForObject("select round_id from round_proposal where id = ?", Long.class, proposal);
    }
}
