package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ChallengeServiceIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    ChallengeService challenges;
    @Autowired
    ChallengeClosing closing;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    long programme() {
        return jdbc.queryForObject("select min(id) from programme", Long.class);
    }

    ChallengeDraft draft(String title) {
        return new ChallengeDraft(programme(), title, "Find sepsis early in ICU data", "A longer description of the work.",
                "A model and a report", "Six months", today().plusDays(30), "A stipend", "LAMBERT_1", Visibility.PUBLIC,
                Set.of(), List.of(new RequiredCompetency("DSDA01", 3, 2.0, true), new RequiredCompetency("HDS-04", 2, 1.0, false)),
                GovernanceTerms.sandbox());
    }

    long create(ChallengeDraft draft) {
        return runAs.as(PARTNER, () -> challenges.createDraft(draft));
    }

    /** A partner of another company than the demo partner's, and a coordinator of a single other programme. */
    long closedNotifications() {
        return jdbc.queryForObject("select count(*) from notification where user_id = ? and title like 'Your challenge has closed: %'",
                Long.class, runAs.idOf(PARTNER));
    }

    String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
    }

    String coordinatorOfAnotherProgramme() {
        return jdbc.queryForObject("""
                select u.email from app_user u join programme_coordinator c on c.user_id = u.id
                where c.programme_id <> ? and u.email not like '%@demo.crossfield.org' order by u.id limit 1""",
                String.class, programme());
    }

    @Test
    void aDraftIsSubmittedApprovedAndThePartnerIsTold() {
        long id = create(draft("Early sepsis warning"));
        assertThat(runAs.as(PARTNER, () -> challenges.challenge(id)).status()).isEqualTo(ProjectStatus.DRAFT);
        runAs.run(PARTNER, () -> challenges.submit(id));
        runAs.run(COORDINATOR, () -> challenges.approve(id));
        ChallengeDetails open = runAs.as(STUDENT, () -> challenges.challenge(id));
        assertThat(open.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(open.content().requirements()).hasSize(2);
        assertThat(open.content().ipRegimeCode()).isEqualTo("LAMBERT_1");
        assertThat(open.publishedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and title like ?",
                Integer.class, runAs.idOf(PARTNER), "Your challenge is open%")).isPositive();
    }

    @Test
    void aSentBackChallengeReturnsToDraftWithTheCommentAndCanBeEditedAgain() {
        long id = create(draft("Sent back"));
        runAs.run(PARTNER, () -> challenges.submit(id));
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> challenges.sendBack(id, " ")))
                .isInstanceOf(InvalidPostingException.class).hasMessageContaining("Say what needs to change");
        runAs.run(COORDINATOR, () -> challenges.sendBack(id, "Please name the data source."));
        ChallengeDetails back = runAs.as(PARTNER, () -> challenges.challenge(id));
        assertThat(back.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(back.reviewComment()).isEqualTo("Please name the data source.");
        runAs.run(PARTNER, () -> challenges.updateDraft(id, draft("Sent back, now with the data source")));
        assertThat(runAs.as(PARTNER, () -> challenges.challenge(id)).content().title()).isEqualTo("Sent back, now with the data source");
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and title like ?",
                Integer.class, runAs.idOf(PARTNER), "Your challenge was sent back%")).isPositive();
    }

    @Test
    void illegalTransitionsAreRefused() {
        long id = create(draft("Transitions"));
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> challenges.approve(id)))
                .isInstanceOf(IllegalPostingTransitionException.class).hasMessage("A posting that is draft cannot be approved.");
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.award(id)))
                .isInstanceOf(IllegalPostingTransitionException.class);
        runAs.run(PARTNER, () -> challenges.submit(id));
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.submit(id)))
                .isInstanceOf(IllegalPostingTransitionException.class);
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.updateDraft(id, draft("Changed while submitted"))))
                .isInstanceOf(IllegalPostingTransitionException.class).hasMessage("A posting that is submitted cannot be edited.");
        runAs.run(COORDINATOR, () -> challenges.approve(id));
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> challenges.sendBack(id, "too late")))
                .isInstanceOf(IllegalPostingTransitionException.class);
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.archive(id)))
                .isInstanceOf(IllegalPostingTransitionException.class);
    }

    @Test
    void openChallengesCloseByThemselvesAfterTheirDeadlineThenAreAwardedAndArchived() {
        long due = create(draft("Closes at its deadline"));
        long later = create(new ChallengeDraft(programme(), "Closes later", "s", "d", null, null, today().plusDays(90), null,
                null, Visibility.PUBLIC, Set.of(), List.of(new RequiredCompetency("DSDA01", 3, 1, false)), GovernanceTerms.sandbox()));
        for (long id : List.of(due, later)) {
            runAs.run(PARTNER, () -> challenges.submit(id));
            runAs.run(COORDINATOR, () -> challenges.approve(id));
        }
        Clock onDeadline = Clock.fixed(today().plusDays(30).atTime(23, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        closing.on(onDeadline).closeDue();
        assertThat(status(due)).as("open through its deadline day").isEqualTo("OPEN");

        Clock dayAfter = Clock.fixed(today().plusDays(31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        long toldBefore = closedNotifications();
        assertThat(closing.on(dayAfter).closeDue()).isPositive();
        assertThat(status(due)).isEqualTo("CLOSED");
        assertThat(closedNotifications()).as("the partner is told in-app").isGreaterThan(toldBefore);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where to_address = ? and subject like 'Your challenge has closed: Closes at its deadline%'"
                + " and text_body like ?", Long.class, PARTNER, "%Closes at its deadline%")).as("and by e-mail").isEqualTo(1);
        assertThat(status(later)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select closed_at from challenge where id = ?", java.sql.Timestamp.class, due)).isNotNull();

        runAs.run(PARTNER, () -> challenges.award(due));
        assertThat(status(due)).isEqualTo("AWARDED");
        runAs.run(PARTNER, () -> challenges.archive(due));
        assertThat(status(due)).isEqualTo("ARCHIVED");
    }

    @Test
    void aChallengeWhoseDeadlinePassedDuringReviewCannotBeApprovedOnlySentBack() {
        long id = create(draft("Waited too long"));
        runAs.run(PARTNER, () -> challenges.submit(id));
        jdbc.update("update challenge set deadline = ? where id = ?", java.sql.Date.valueOf(today().minusDays(1)), id);
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> challenges.approve(id)))
                .isInstanceOf(InvalidPostingException.class).hasMessageContaining("has passed while the challenge waited for review");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        runAs.run(COORDINATOR, () -> challenges.sendBack(id, "Please move the deadline."));
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from challenge where id = ?", String.class, id);
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsSaved() {
        int before = jdbc.queryForObject("select count(*) from challenge", Integer.class);
        ChallengeDraft bad = new ChallengeDraft(programme(), " ", "s", "d", null, null, today().minusDays(1), null, "NO_SUCH",
                Visibility.PUBLIC, Set.of(), List.of(new RequiredCompetency("DSDA01", 6, 1, false),
                new RequiredCompetency("XX-99", 3, 0, false)), GovernanceTerms.sandbox());
        assertThatThrownBy(() -> create(bad)).isInstanceOfSatisfying(InvalidPostingException.class, e -> assertThat(e.problems())
                .containsExactlyInAnyOrder("The title is required.", "The deadline " + today().minusDays(1) + " is in the past.",
                        "\"NO_SUCH\" is not a known IP regime.", "The level of DSDA01 must be between 1 and 5, not 6.",
                        "\"XX-99\" is not a competency of the framework.", "The weight of XX-99 must be more than 0 (and below 1000)."));
        ChallengeDraft inviteNobody = new ChallengeDraft(programme(), "t", "s", "d", null, null, today(), null, null,
                Visibility.INVITE_ONLY, Set.of(), List.of(), new GovernanceTerms(null, null, false, false, false, null, null, null, null));
        assertThatThrownBy(() -> create(inviteNobody)).isInstanceOfSatisfying(InvalidPostingException.class, e -> assertThat(e.problems())
                .containsExactlyInAnyOrder("Invite at least one person to an invite-only challenge.",
                        "Choose the data tier and the access model.", "Name at least one required competency."));
        assertThat(jdbc.queryForObject("select count(*) from challenge", Integer.class)).isEqualTo(before);
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotDo() {
        long id = create(draft("Refusals"));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR, COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(who, () -> challenges.createDraft(draft("Not mine to post"))))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        String other = otherPartner();
        assertThatThrownBy(() -> runAs.run(other, () -> challenges.updateDraft(id, draft("Hijacked"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(other, () -> challenges.submit(id))).isInstanceOf(AccessDeniedException.class);
        for (String who : List.of(STUDENT, MENTOR, other)) {
            assertThatThrownBy(() -> runAs.as(who, () -> challenges.challenge(id))).as("a draft is private: " + who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        runAs.run(PARTNER, () -> challenges.submit(id));
        for (String who : List.of(PARTNER, STUDENT, SUPERVISOR, coordinatorOfAnotherProgramme())) {
            assertThatThrownBy(() -> runAs.run(who, () -> challenges.approve(id))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> challenges.sendBack(id, "no"))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        runAs.run(ADMIN, () -> challenges.approve(id));
        assertThatThrownBy(() -> runAs.run(COORDINATOR, () -> challenges.award(id))).isInstanceOf(AccessDeniedException.class);
    }
}
