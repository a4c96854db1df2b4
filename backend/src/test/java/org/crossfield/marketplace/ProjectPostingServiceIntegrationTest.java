package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ProjectPostingServiceIntegrationTest {

    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    ProjectPostingService postings;
    @Autowired
    ProjectService projects;
    @Autowired
    ApprovalService approvals;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long programme() {
        return jdbc.queryForObject("select min(id) from programme", Long.class);
    }

    long openChallenge() {
        return jdbc.queryForObject("select min(id) from challenge where status = 'OPEN'", Long.class);
    }

    ProjectDraft draft(String title, int slots) {
        return new ProjectDraft(programme(), title, "Can federated learning find sepsis earlier?", slots, "LAMBERT_2",
                List.of(new RequiredCompetency("DSDA01", 3, 1.5, true)), Set.of(openChallenge()),
                new GovernanceTerms(DataTier.PSEUDONYMISED_SENSITIVE, AccessModel.TRUSTED_RESEARCH_ENVIRONMENT, true, true, true,
                        "Scientific research (GDPR art. 9(2)(j))", "doi:10.1234/example", "CC-BY-4.0", "DCAT-AP"));
    }

    @Test
    void aSupervisorPostsAProjectOfTheirInstitutionThatOpensAfterApproval() {
        long id = runAs.as(SUPERVISOR, () -> postings.createDraft(draft("Federated sepsis detection", 2)));
        ProjectPosting posting = runAs.as(SUPERVISOR, () -> postings.posting(id));
        assertThat(posting.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(posting.institution()).isEqualTo(jdbc.queryForObject(
                "select o.name from organisation o join app_user u on u.organisation_id = o.id where u.email = ?", String.class, SUPERVISOR));
        assertThat(posting.content().governance().accessModel()).isEqualTo(AccessModel.TRUSTED_RESEARCH_ENVIRONMENT);
        assertThat(posting.content().linkedChallengeIds()).containsExactly(openChallenge());
        assertThat(runAs.as(SUPERVISOR, () -> projects.mySupervisedProjects())).extracting(ProjectSummary::id).contains(id);

        runAs.run(SUPERVISOR, () -> postings.submit(id));
        assertThat(runAs.as(COORDINATOR, () -> approvals.awaitingReview()))
                .anySatisfy(p -> assertThat(p.kind() == PostingKind.PROJECT && p.id() == id).isTrue());
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.PROJECT, id));
        assertThat(runAs.as("student@demo.crossfield.org", () -> projects.project(id)).summary().status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(runAs.as(COORDINATOR, () -> approvals.awaitingReview())).noneMatch(p -> p.kind() == PostingKind.PROJECT && p.id() == id);
    }

    @Test
    void theSupervisorClosesAwardsAndArchivesTheirProjectWhereTheWorkflowAllows() {
        long id = runAs.as(SUPERVISOR, () -> postings.createDraft(draft("Closed, then awarded", 1)));
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> postings.close(id)))
                .isInstanceOf(IllegalPostingTransitionException.class).hasMessage("A posting that is draft cannot be closed.");
        runAs.run(SUPERVISOR, () -> postings.submit(id));
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.PROJECT, id));
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> postings.award(id)))
                .isInstanceOf(IllegalPostingTransitionException.class).hasMessage("A posting that is open cannot be awarded.");
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> postings.archive(id)))
                .isInstanceOf(IllegalPostingTransitionException.class);
        String otherSupervisor = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.email <> ? order by u.id limit 1""", String.class, SUPERVISOR);
        for (String who : List.of(otherSupervisor, COORDINATOR, "partner@demo.crossfield.org", "student@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.run(who, () -> postings.close(id))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> postings.award(id))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> postings.archive(id))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        runAs.run(SUPERVISOR, () -> postings.close(id));
        assertThat(status(id)).isEqualTo("CLOSED");
        runAs.run(SUPERVISOR, () -> postings.award(id));
        assertThat(status(id)).isEqualTo("AWARDED");
        runAs.run(SUPERVISOR, () -> postings.archive(id));
        assertThat(status(id)).isEqualTo("ARCHIVED");
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> postings.close(id))).isInstanceOf(IllegalPostingTransitionException.class);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from phd_project where id = ?", String.class, id);
    }

    @Test
    void sendBackAndBadInput() {
        long id = runAs.as(SUPERVISOR, () -> postings.createDraft(draft("Needs work", 1)));
        runAs.run(SUPERVISOR, () -> postings.submit(id));
        runAs.run(COORDINATOR, () -> approvals.sendBack(PostingKind.PROJECT, id, "Say which hospitals take part."));
        assertThat(runAs.as(SUPERVISOR, () -> postings.posting(id)).reviewComment()).isEqualTo("Say which hospitals take part.");

        int before = jdbc.queryForObject("select count(*) from phd_project", Integer.class);
        ProjectDraft bad = new ProjectDraft(programme(), "", " ", 3, null, List.of(new RequiredCompetency("DSDA01", 0, -1, false)),
                Set.of(), GovernanceTerms.sandbox());
        assertThatThrownBy(() -> runAs.as(SUPERVISOR, () -> postings.createDraft(bad)))
                .isInstanceOfSatisfying(InvalidPostingException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "The title is required.", "The research question is required.", "A project takes one or two mentors, not 3.",
                        "The level of DSDA01 must be between 1 and 5, not 0.", "The weight of DSDA01 must be more than 0 (and below 1000)."));
        assertThat(jdbc.queryForObject("select count(*) from phd_project", Integer.class)).isEqualTo(before);
    }

    @Test
    void othersMayNotPostEditSubmitOrReviewProjects() {
        long id = runAs.as(SUPERVISOR, () -> postings.createDraft(draft("Mine", 1)));
        String otherSupervisor = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.email <> ? order by u.id limit 1""", String.class, SUPERVISOR);
        for (String who : List.of("partner@demo.crossfield.org", "student@demo.crossfield.org", "mentor@demo.crossfield.org", COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(who, () -> postings.createDraft(draft("Not mine", 1)))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of(otherSupervisor, "partner@demo.crossfield.org", COORDINATOR)) {
            assertThatThrownBy(() -> runAs.run(who, () -> postings.updateDraft(id, draft("Hijacked", 1)))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> postings.submit(id))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        runAs.run(SUPERVISOR, () -> postings.submit(id));
        for (String who : List.of(SUPERVISOR, otherSupervisor, "student@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.run(who, () -> approvals.approve(PostingKind.PROJECT, id))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> postings.approve(id))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as("student@demo.crossfield.org", () -> approvals.awaitingReview()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
