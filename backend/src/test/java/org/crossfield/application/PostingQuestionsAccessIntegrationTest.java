package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.ProjectDraft;
import org.crossfield.marketplace.ProjectPostingService;
import org.crossfield.marketplace.RequirementView;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A posting's questions are read only by people who may see the posting: {@code questions()} was open to any logged-in
 * person, drafts and invite-only challenges included.
 */
@CrossfieldIntegrationTest
class PostingQuestionsAccessIntegrationTest {

    private static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    ApplicationService applications;
    @Autowired
    ProjectPostingService projects;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftProjectsQuestionsAreItsSupervisorsOnly() {
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        long project = runAs.as(SUPERVISOR, () -> projects.createDraft(new ProjectDraft(programme, "Quokka gait draft",
                "Does gait predict falls?", 1, null, List.of(new RequirementView("DSDA01", 3, 1.0, false)), Set.of(),
                GovernanceTerms.sandbox())));
        runAs.run(SUPERVISOR, () -> applications.addQuestion(new AddQuestionCmd(PostingType.PROJECT, project,
                "Which cohort would you start with?", true)));
        assertThat(runAs.as(SUPERVISOR, () -> applications.questions(PostingType.PROJECT, project))).hasSize(1);
        for (String other : List.of("student@demo.crossfield.org", "mentor@demo.crossfield.org", "partner@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.as(other, () -> applications.questions(PostingType.PROJECT, project)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anOpenProjectsQuestionsAreForEveryone() {
        long open = jdbc.queryForObject("select min(id) from phd_project where status = 'OPEN'", Long.class);
        assertThat(runAs.as("student@demo.crossfield.org", () -> applications.questions(PostingType.PROJECT, open))).isNotNull();
    }

    @Test
    void anInviteOnlyChallengesQuestionsAreForItsInviteesAndOwners() {
        Long hidden = jdbc.queryForObject("""
                select min(c.id) from challenge c where c.visibility = 'INVITE_ONLY' and c.status = 'OPEN'
                and not exists (select 1 from challenge_invitee i join app_user u on u.id = i.user_id
                                where i.challenge_id = c.id and u.email = 'student@demo.crossfield.org')""", Long.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(hidden != null, "the sandbox has an open invite-only challenge");
        assertThatThrownBy(() -> runAs.as("student@demo.crossfield.org",
                () -> applications.questions(PostingType.CHALLENGE, hidden))).isInstanceOf(AccessDeniedException.class);
    }
}
