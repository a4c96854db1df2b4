package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Applications to partners' challenges, the review team, criteria, scores and conflicts of interest, and who is refused
 * what. Each test posts its own challenge (a copy of the demo partner's open one) so that tests never share postings.
 */
@CrossfieldIntegrationTest
@RecordApplicationEvents
class ChallengeApplicationIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    ApplicationService service;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    /** A new open challenge of the demo partner's organisation, in the demo partner's first challenge's programme. */
    private long newChallenge(String visibility, String status) {
        long template = jdbc.queryForObject("""
                select min(c.id) from challenge c join app_user u on u.id = c.created_by
                where u.email = ? and c.status = 'OPEN'""", Long.class, PARTNER);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                                       data_tier, access_model, status, created_at, published_at, demo, version)
                select programme_id, organisation_id, created_by, ?, summary, description, date_add(curdate(), interval 60 day), ?,
                       data_tier, access_model, ?, created_at, published_at, false, 0 from challenge where id = ?""",
                "Test challenge " + UUID.randomUUID(), visibility, status, template);
        return jdbc.queryForObject("select max(id) from challenge", Long.class);
    }

    /** The n-th sandbox student other than the demo student (offsets 40 and up: the other application tests use the first). */
    private String student(int n) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id limit 1 offset ?""", String.class, 40 + n);
    }

    /** A partner manager of another organisation than the demo partner's. */
    private String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
    }

    /** A sandbox mentor other than the demo mentor. */
    private String mentor(int n) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.email <> ? order by u.id limit 1 offset ?""", String.class, MENTOR, n);
    }

    private long submit(String student, long challenge) {
        return runAs.as(student, () -> service.submit(cmd(challenge, "I have built sepsis models on synthetic ICU data."))).id();
    }

    private static SaveApplicationCmd cmd(long challenge, String motivation) {
        return new SaveApplicationCmd(PostingType.CHALLENGE, challenge, motivation, Map.of(), null);
    }

    private int notificationsOf(String email) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id where u.email = ?",
                Integer.class, email);
    }

    @Test
    void aStudentAppliesToAChallengeAndThePartnersManagersDecideUntilTheAcceptanceIsPublished() {
        long challenge = newChallenge("PUBLIC", "OPEN");
        String student = student(0);
        int partnerNotes = notificationsOf(PARTNER);
        int studentNotes = notificationsOf(student);

        long id = submit(student, challenge);
        assertThat(notificationsOf(PARTNER)).as("every partner manager of the organisation is told").isEqualTo(partnerNotes + 1);
        ApplicationSummary listed = runAs.as(PARTNER, reviews::applicationsToMyPostings).stream().filter(a -> a.id() == id)
                .findFirst().orElseThrow();
        assertThat(listed.postingType()).isEqualTo(PostingType.CHALLENGE);
        assertThat(listed.postingTitle()).startsWith("Test challenge");
        assertThat(runAs.as(student, service::myApplications)).extracting(ApplicationSummary::id).contains(id);

        assertThat(runAs.as(PARTNER, () -> reviews.openForReview(id)).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        runAs.as(PARTNER, () -> reviews.addNote(id, "Internal: strong on time series."));
        runAs.as(PARTNER, () -> reviews.shortlist(id));
        runAs.as(PARTNER, () -> reviews.offer(id));
        assertThat(events.stream(ApplicationAcceptedEvent.class)).isEmpty();
        assertThat(runAs.as(student, () -> service.acceptOffer(id)).status()).isEqualTo(ApplicationStatus.ACCEPTED);

        assertThat(events.stream(ApplicationAcceptedEvent.class)).containsExactly(
                new ApplicationAcceptedEvent(id, PostingType.CHALLENGE, challenge, runAs.idOf(student)));
        // under review, shortlisted, offered for the student; submitted and accepted for the partner
        assertThat(notificationsOf(student)).isEqualTo(studentNotes + 3);
        assertThat(notificationsOf(PARTNER)).isEqualTo(partnerNotes + 2);
        assertThat(runAs.as(student, () -> service.application(id)).toString()).doesNotContain("time series");
    }

    @Test
    void aPartnerOfAnotherOrganisationAStudentAndOtherStaffSeeNothingOfIt() {
        long challenge = newChallenge("PUBLIC", "OPEN");
        String student = student(1);
        long id = submit(student, challenge);
        String otherPartner = otherPartner();

        assertThat(runAs.as(otherPartner, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).doesNotContain(id);
        assertThat(runAs.as(MENTOR, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).doesNotContain(id);
        for (String other : List.of(otherPartner, student(2), MENTOR, SUPERVISOR)) {
            assertThatThrownBy(() -> runAs.as(other, () -> service.application(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> reviews.openForReview(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> reviews.review(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> reviews.shortlist(id))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        // the student sees their application but never its review
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.review(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.notes(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.offer(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void inviteOnlyClosedAndAlreadyAppliedChallengesRefuseApplicationsWithAClearMessage() {
        long inviteOnly = newChallenge("INVITE_ONLY", "OPEN");
        String invited = student(3);
        String notInvited = student(4);
        jdbc.update("insert into challenge_invitee (challenge_id, user_id) values (?, ?)", inviteOnly, runAs.idOf(invited));
        int before = jdbc.queryForObject("select count(*) from application", Integer.class);
        assertThatThrownBy(() -> submit(notInvited, inviteOnly)).isInstanceOf(InvalidApplicationException.class)
                .hasMessage("This posting does not exist.");
        assertThat(jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
        long id = submit(invited, inviteOnly);
        assertThat(runAs.as(invited, () -> service.application(id)).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        assertThatThrownBy(() -> submit(invited, inviteOnly)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("already submitted");

        long closed = newChallenge("PUBLIC", "CLOSED");
        assertThatThrownBy(() -> submit(notInvited, closed)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("is not open for applications");
        assertThat(jdbc.queryForObject("select count(*) from application where posting_type = 'CHALLENGE' and posting_id = ?",
                Integer.class, closed)).isZero();
    }

    @Test
    void theOwnerBuildsAReviewTeamWhoseMembersScoreAgainstWeightedCriteriaUnlessConflicted() {
        long challenge = newChallenge("PUBLIC", "OPEN");
        long id = submit(student(5), challenge);
        String reviewer = MENTOR;
        String conflicted = mentor(1);
        String outsider = mentor(2);

        // only the posting's owners build its team; bad addresses and roles are refused with a reason
        for (String notOwner : List.of(reviewer, otherPartner(), student(5), SUPERVISOR, COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(notOwner, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge,
                    outsider)))).as(notOwner).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge,
                "nobody@nowhere.example")))).isInstanceOf(InvalidApplicationException.class)
                .hasMessage("nobody@nowhere.example cannot be added: reviewers are supervisors, mentors or partner managers with"
                        + " an account on Crossfield. Check the address, or ask them to be invited.");
        // a student's address gets exactly the same answer as an unknown one: nothing tells who uses Crossfield
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge,
                student(6))))).isInstanceOf(InvalidApplicationException.class)
                .hasMessage(student(6) + " cannot be added: reviewers are supervisors, mentors or partner managers with"
                        + " an account on Crossfield. Check the address, or ask them to be invited.");
        runAs.as(PARTNER, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge, " " + reviewer.toUpperCase() + " ")));
        List<ReviewerSummary> team = runAs.as(PARTNER, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge, conflicted)));
        assertThat(team).extracting(ReviewerSummary::email).containsExactlyInAnyOrder(reviewer, conflicted);
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.addReviewer(new AddReviewerCmd(PostingType.CHALLENGE, challenge,
                reviewer)))).isInstanceOf(InvalidApplicationException.class).hasMessageContaining("already on the review team");
        assertThat(runAs.as(reviewer, () -> reviews.reviewers(PostingType.CHALLENGE, challenge))).hasSize(2);
        assertThatThrownBy(() -> runAs.as(outsider, () -> reviews.reviewers(PostingType.CHALLENGE, challenge)))
                .isInstanceOf(AccessDeniedException.class);

        // reviewers see the posting's applications, and only those; they review but do not decide
        assertThat(runAs.as(reviewer, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).contains(id);
        assertThat(runAs.as(reviewer, reviews::myReviewPostings)).extracting(PostingRef::id).contains(challenge);
        assertThat(runAs.as(outsider, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> runAs.as(outsider, () -> service.application(id))).isInstanceOf(AccessDeniedException.class);
        runAs.as(reviewer, () -> reviews.openForReview(id));
        assertThatThrownBy(() -> runAs.as(reviewer, () -> reviews.shortlist(id))).isInstanceOf(AccessDeniedException.class);

        // the defaults apply until the owner sets criteria
        List<CriterionSummary> criteria = runAs.as(reviewer, () -> reviews.criteria(PostingType.CHALLENGE, challenge));
        assertThat(criteria).extracting(CriterionSummary::name).containsExactly("Competency fit", "Motivation", "Research experience");
        long fit = criteria.get(0).id();
        long motivation = criteria.get(1).id();

        // a score outside 1–5 changes nothing
        assertThatThrownBy(() -> runAs.as(reviewer, () -> reviews.score(new ScoreCmd(id, List.of(
                new ScoreCmd.CriterionScore(fit, 4, null), new ScoreCmd.CriterionScore(motivation, 6, null))))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("Scores run from 1 to 5; 6");
        assertThat(jdbc.queryForObject("select count(*) from review_score where application_id = ?", Integer.class, id)).isZero();

        ApplicationReview review = runAs.as(reviewer, () -> reviews.score(new ScoreCmd(id, List.of(
                new ScoreCmd.CriterionScore(fit, 4, "Solid time-series work"), new ScoreCmd.CriterionScore(motivation, 1, null)))));
        // (2·4 + 1·1) / 3 = 3.0
        assertThat(review.weightedAverage()).isEqualTo(3.0);
        runAs.as(PARTNER, () -> reviews.openForReview(id));
        review = runAs.as(PARTNER, () -> reviews.score(new ScoreCmd(id, List.of(new ScoreCmd.CriterionScore(fit, 5, null)))));
        assertThat(review.sheets()).extracting(ApplicationReview.ReviewerSheet::weightedAverage).containsExactlyInAnyOrder(3.0, 5.0);
        assertThat(review.weightedAverage()).isEqualTo(4.0);
        assertThat(review.canDecide()).isTrue();
        assertThat(runAs.as(reviewer, () -> reviews.review(id)).canDecide()).isFalse();

        // a conflicted reviewer's scores go and further scoring is refused with a clear message
        runAs.as(conflicted, () -> reviews.score(new ScoreCmd(id, List.of(new ScoreCmd.CriterionScore(fit, 1, null)))));
        assertThatThrownBy(() -> runAs.as(conflicted, () -> reviews.declareConflict(id, "  "))).isInstanceOf(InvalidApplicationException.class);
        review = runAs.as(conflicted, () -> reviews.declareConflict(id, "I supervised this student's master thesis."));
        assertThat(review.conflicted()).isTrue();
        assertThat(review.canScore()).isFalse();
        assertThat(review.weightedAverage()).as("the conflicted score no longer counts").isEqualTo(4.0);
        assertThat(review.sheets()).filteredOn(ApplicationReview.ReviewerSheet::conflicted).singleElement()
                .satisfies(s -> assertThat(s.conflictReason()).contains("master thesis"));
        assertThatThrownBy(() -> runAs.as(conflicted, () -> reviews.score(new ScoreCmd(id, List.of(new ScoreCmd.CriterionScore(fit, 5, null))))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("conflict of interest");
        assertThat(jdbc.queryForObject("select count(*) from review_score where application_id = ? and reviewer_id = ?", Integer.class,
                id, runAs.idOf(conflicted))).isZero();

        // criteria are fixed once scoring started; a removed reviewer loses access
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.setCriteria(PostingType.CHALLENGE, challenge,
                List.of(new CriterionCmd("Fit", 1))))).isInstanceOf(InvalidApplicationException.class).hasMessageContaining("already scored");
        runAs.as(PARTNER, () -> reviews.removeReviewer(PostingType.CHALLENGE, challenge, runAs.idOf(reviewer)));
        assertThatThrownBy(() -> runAs.as(reviewer, () -> reviews.review(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerSetsCriteriaAndBadCriteriaAreRefused() {
        long challenge = newChallenge("PUBLIC", "OPEN");
        assertThatThrownBy(() -> runAs.as(otherPartner(), () -> reviews.setCriteria(PostingType.CHALLENGE, challenge,
                List.of(new CriterionCmd("Fit", 1))))).isInstanceOf(AccessDeniedException.class);
        for (List<CriterionCmd> bad : List.of(List.<CriterionCmd>of(), List.of(new CriterionCmd(" ", 1)),
                List.of(new CriterionCmd("Fit", 0)), List.of(new CriterionCmd("Fit", 11)),
                List.of(new CriterionCmd("Fit", 1), new CriterionCmd("fit", 2)))) {
            assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.setCriteria(PostingType.CHALLENGE, challenge, bad)))
                    .as(bad.toString()).isInstanceOf(InvalidApplicationException.class);
        }
        assertThat(runAs.as(PARTNER, () -> reviews.criteria(PostingType.CHALLENGE, challenge))).extracting(CriterionSummary::id)
                .containsOnly(0L);
        List<CriterionSummary> set = runAs.as(PARTNER, () -> reviews.setCriteria(PostingType.CHALLENGE, challenge,
                List.of(new CriterionCmd("Data governance", 3), new CriterionCmd("Deep learning", 1.5))));
        assertThat(set).extracting(CriterionSummary::name, CriterionSummary::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Data governance", 3.0), org.assertj.core.groups.Tuple.tuple("Deep learning", 1.5));
    }

    /** Every application id a coordinator's programme list shows, page by page (the sandbox fills several pages). */
    private List<Long> allPages(String coordinator) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            int number = page;
            var slice = runAs.as(coordinator, () -> reviews.programmeApplications(null, PageRequest.of(number, 200)));
            slice.getContent().forEach(a -> ids.add(a.id()));
            if (!slice.hasNext()) {
                break;
            }
        }
        return ids;
    }

    @Test
    void coordinatorsSeeTheApplicationsOfTheirProgrammesOnly() {
        long challenge = newChallenge("PUBLIC", "OPEN");
        long id = submit(student(7), challenge);
        long programme = jdbc.queryForObject("select programme_id from challenge where id = ?", Long.class, challenge);
        List<String> coordinators = jdbc.queryForList("""
                select u.email from app_user u join programme_coordinator pc on pc.user_id = u.id where pc.programme_id = ?
                order by u.id""", String.class, programme);
        String inCharge = coordinators.getFirst();
        assertThat(allPages(inCharge)).contains(id);
        assertThat(runAs.as(inCharge, () -> reviews.programmeApplications(ApplicationStatus.SUBMITTED, PageRequest.of(0, 200)))
                .getContent()).extracting(ApplicationSummary::status).containsOnly(ApplicationStatus.SUBMITTED);
        assertThat(runAs.as(inCharge, () -> service.application(id)).id()).isEqualTo(id);
        // read only: a coordinator neither reviews nor decides
        assertThatThrownBy(() -> runAs.as(inCharge, () -> reviews.shortlist(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(inCharge, () -> reviews.review(id))).isInstanceOf(AccessDeniedException.class);

        // a coordinator of another programme only
        jdbc.update("""
                insert into app_user (email, display_name, password_hash, organisation_id, enabled, locale, demo, created_at, version)
                values ('other-coordinator@apps.example', 'Other Coordinator', '{noop}x', null, true, 'en', false, current_timestamp, 0)""");
        long other = jdbc.queryForObject("select id from app_user where email = 'other-coordinator@apps.example'", Long.class);
        jdbc.update("insert into user_role (user_id, role) values (?, 'COORDINATOR')", other);
        jdbc.update("insert into programme_coordinator (programme_id, user_id) select id, ? from programme where id <> ? limit 1", other,
                programme);
        assertThat(allPages("other-coordinator@apps.example")).doesNotContain(id);
        assertThatThrownBy(() -> runAs.as("other-coordinator@apps.example", () -> service.application(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> reviews.programmeApplications(null, PageRequest.of(0, 20))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSandboxGivesTheDemoPartnerAReviewedChallengeWithTheDemoMentorOnItsTeam() {
        long challenge = jdbc.queryForObject("""
                select min(c.id) from challenge c join app_user u on u.id = c.created_by
                where u.email = ? and c.status = 'OPEN' and c.demo""", Long.class, PARTNER);
        List<ApplicationSummary> partner = runAs.as(PARTNER, reviews::applicationsToMyPostings).stream()
                .filter(a -> a.postingType() == PostingType.CHALLENGE && a.postingId() == challenge).toList();
        assertThat(partner).extracting(ApplicationSummary::status).contains(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
                .doesNotContain(ApplicationStatus.DRAFT);
        assertThat(runAs.as(MENTOR, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::postingId).contains(challenge);
        assertThat(runAs.as(PARTNER, () -> reviews.criteria(PostingType.CHALLENGE, challenge))).extracting(CriterionSummary::name)
                .containsExactly("Competency fit", "Motivation", "Time-series experience");
        List<ApplicationReview> opened = partner.stream().filter(a -> a.status() == ApplicationStatus.UNDER_REVIEW
                || a.status() == ApplicationStatus.SHORTLISTED).map(a -> runAs.as(PARTNER, () -> reviews.review(a.id()))).toList();
        assertThat(opened).anySatisfy(r -> assertThat(r.sheets()).hasSize(2).allSatisfy(s -> assertThat(s.weightedAverage()).isNotNull()));
        assertThat(opened).anySatisfy(r -> assertThat(r.sheets()).anySatisfy(s -> assertThat(s.conflicted()).isTrue()));
    }
}
