package org.crossfield.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingRef;
import org.crossfield.marketplace.ui.ChallengeDetailsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Applying to a challenge, reviewing it as its partner and as a review-team member, and the coordinator's list. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ChallengeApplicationViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    /** A new open challenge of the demo partner's organisation (a copy of its open sandbox challenge). */
    private long newChallenge() {
        long template = jdbc.queryForObject("""
                select min(c.id) from challenge c join app_user u on u.id = c.created_by
                where u.email = 'partner@demo.crossfield.org' and c.status = 'OPEN'""", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                                       data_tier, access_model, status, created_at, published_at, demo, version)
                select programme_id, organisation_id, created_by, ?, summary, description, date_add(curdate(), interval 60 day),
                       'PUBLIC', data_tier, access_model, 'OPEN', created_at, published_at, false, 0 from challenge where id = ?""",
                "View test challenge " + UUID.randomUUID(), template);
        return jdbc.queryForObject("select max(id) from challenge", Long.class);
    }

    /** A submitted application of a sandbox student to the challenge. */
    private long submittedApplication(long challenge, int studentOffset) {
        long student = jdbc.queryForObject("""
                select u.id from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id limit 1 offset ?""", Long.class, 60 + studentOffset);
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at, submitted_at,
                                         demo, version)
                values ('CHALLENGE', ?, ?, 'SUBMITTED', 'I know ICU data.', current_timestamp, current_timestamp, current_timestamp,
                        false, 0)""", challenge, student);
        return jdbc.queryForObject("select max(id) from application", Long.class);
    }

    @SuppressWarnings("unchecked")
    private void open(long applicationId) {
        navigate(ApplicationsReviewView.class);
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == applicationId) {
                test(grid).select(i);
                return;
            }
        }
        throw new AssertionError("application " + applicationId + " is not listed");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentAppliesToAChallengeFromItsDetails() {
        long challenge = newChallenge();
        navigate("challenges/" + challenge, ChallengeDetailsView.class);
        test($(Button.class).id("apply-to-challenge")).click();
        assertThat(getCurrentView()).isInstanceOf(ApplyView.class);
        test($(TextArea.class).id("motivation")).setValue("I built sepsis early-warning models during my master.");
        test($(Button.class).id("submit-application")).click();
        assertThat(jdbc.queryForObject("""
                select a.status from application a join app_user u on u.id = a.student_id
                where a.posting_type = 'CHALLENGE' and a.posting_id = ? and u.email = 'student@demo.crossfield.org'""",
                String.class, challenge)).isEqualTo("SUBMITTED");
        assertThat(getCurrentView()).isInstanceOf(MyApplicationsView.class);
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void thePartnerScoresShortlistsAndBuildsTheReviewTeam() {
        long challenge = newChallenge();
        long id = submittedApplication(challenge, 0);
        open(id);
        test((Select<Integer>) $(Select.class).id("score-1")).selectItem("4");
        test((Select<Integer>) $(Select.class).id("score-2")).selectItem("2");
        test($(Button.class).id("save-scores")).click();
        assertThat(jdbc.queryForObject("select count(*) from review_score where application_id = ?", Integer.class, id)).isEqualTo(2);
        // (2·4 + 1·2) / 3
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("weighted-average").getText()).contains("3.33");
        test($(Button.class).id("shortlist")).click();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isNotEqualTo("SHORTLISTED");
        test($(Button.class).id("confirm-shortlist")).click();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isEqualTo("SHORTLISTED");

        ComboBox<PostingRef> posting = $(ComboBox.class).id("question-project");
        test(posting).selectItem(posting.getListDataView().getItems().filter(p -> p.id() == challenge).findFirst().orElseThrow().label());
        test($(EmailField.class).id("reviewer-email")).setValue("nobody@nowhere.example");
        test($(Button.class).id("add-reviewer")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("nobody@nowhere.example cannot be added");
        test($(EmailField.class).id("reviewer-email")).setValue("mentor@demo.crossfield.org");
        test($(Button.class).id("add-reviewer")).click();
        assertThat(jdbc.queryForObject("select count(*) from posting_reviewer where posting_type = 'CHALLENGE' and posting_id = ?",
                Integer.class, challenge)).isOne();
        assertThat(test($(Grid.class).id("reviewers-grid")).size()).isOne();
    }

    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void aReviewerDeclaresAConflictAndCanNoLongerScoreNorDecide() {
        long challenge = newChallenge();
        long id = submittedApplication(challenge, 1);
        mentorJoinsTheReviewTeam(challenge);
        open(id);
        assertThat($(Button.class).withId("shortlist").exists()).isFalse();
        assertThat($(Button.class).withId("save-scores").exists()).isTrue();
        test($(Button.class).id("declare-conflict")).click();
        test($(Button.class).id("confirm-conflict")).click();
        assertThat(jdbc.queryForObject("select count(*) from review_conflict where application_id = ?", Integer.class, id)).isZero();
        test($(TextArea.class).id("conflict-reason")).setValue("I co-authored a paper with this student.");
        test($(Button.class).id("confirm-conflict")).click();
        assertThat(jdbc.queryForObject("select reason from review_conflict where application_id = ?", String.class, id))
                .contains("co-authored");
        assertThat($(Button.class).withId("save-scores").exists()).isFalse();
    }

    /** The partner put the demo mentor on the challenge's review team. */
    private void mentorJoinsTheReviewTeam(long challenge) {
        jdbc.update("""
                insert into posting_reviewer (posting_type, posting_id, user_id, added_by, added_at)
                select 'CHALLENGE', ?, m.id, p.id, current_timestamp from app_user m, app_user p
                where m.email = 'mentor@demo.crossfield.org' and p.email = 'partner@demo.crossfield.org'""", challenge);
    }

    /** The student of an application. */
    private long studentOf(long applicationId) {
        return jdbc.queryForObject("select student_id from application where id = ?", Long.class, applicationId);
    }

    /**
     * The challenge asks for one competency at level 3 that is not in the student's profile; returns its title, so that
     * the fit reads exactly "Fit 0 %: meets 0 of 1 required competencies. <title>: asked level 3, not in the profile."
     */
    private String asksForWhatTheStudentLacks(long challenge, long student) {
        java.util.Map<String, Object> competency = jdbc.queryForMap("""
                select c.code, c.title from competency c join competency_framework f on f.id = c.framework_id and f.active
                where not exists (select 1 from profile_entry e where e.user_id = ? and e.competency_code = c.code)
                order by c.code limit 1""", student);
        jdbc.update("insert into challenge_requirement (challenge_id, competency_code, level, weight, must_have) values (?, ?, 3, 1, false)",
                challenge, competency.get("code"));
        return (String) competency.get("title");
    }

    /** The opened application's fit, in the list and in the details, says what the applicant lacks. */
    @SuppressWarnings("unchecked")
    private void assertFitShown(long applicationId, String lacking) {
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        int fitColumn = grid.getColumns().indexOf(grid.getColumnByKey("fit"));
        int row = java.util.stream.IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == applicationId)
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, fitColumn)).isEqualTo("0 %");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("application-fit-words").getText())
                .isEqualTo("Fit 0 %: meets 0 of 1 required competencies. " + lacking + ": asked level 3, not in the profile.");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("application-fit-lines").getElement().getTextRecursively())
                .contains(lacking + ": asked level 3, has 0");
    }

    /** Issue 17: the challenge's partner manager reads each applicant's profile against the challenge's requirements. */
    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void thePartnerReadsTheFitOfTheirChallengesApplicants() {
        long challenge = newChallenge();
        long id = submittedApplication(challenge, 2);
        String lacking = asksForWhatTheStudentLacks(challenge, studentOf(id));
        open(id);
        assertFitShown(id, lacking);
    }

    /** Issue 17: a mentor on the challenge's review team reads the fit too (but only of the postings they review). */
    @Test
    @WithUserDetails("mentor@demo.crossfield.org")
    void aReviewTeamMentorReadsTheFitOfTheApplicantsTheyReview() {
        long challenge = newChallenge();
        long id = submittedApplication(challenge, 3);
        String lacking = asksForWhatTheStudentLacks(challenge, studentOf(id));
        mentorJoinsTheReviewTeam(challenge);
        open(id);
        assertFitShown(id, lacking);
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorListsTheApplicationsOfTheirProgrammes() {
        navigate(ProgrammeApplicationsView.class);
        assertThat(test($(Grid.class).id("programme-applications-grid")).size()).isPositive();
    }
}
