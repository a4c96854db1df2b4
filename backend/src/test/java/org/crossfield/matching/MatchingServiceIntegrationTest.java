package org.crossfield.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class MatchingServiceIntegrationTest {

    private static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    MatchingService matching;
    @Autowired
    MentorSettingsService settings;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.crossfield.competency.ProfileService profiles;

    private long demoProject() {
        return jdbc.queryForObject("select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id where u.email = ?",
                Long.class, SUPERVISOR);
    }

    @Test
    void aSupervisorSeesTheTopTenEligibleMentorsWithWhy() {
        long project = demoProject();
        MentorRecommendations result = runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 10));
        assertThat(result.mentors()).hasSize(10);
        assertThat(result.mentors()).extracting(MentorRecommendation::score).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        long projectOrg = result.project().summary().organisationId();
        for (MentorRecommendation m : result.mentors()) {
            assertThat(m.lines()).hasSize(result.project().requirements().size());
            assertThat(m.lines().stream().mapToDouble(ContributionLine::contribution).sum()).isCloseTo(m.score(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.unmet()).isEqualTo((int) m.lines().stream().filter(l -> !l.met()).count());
            Long org = jdbc.queryForObject("select organisation_id from app_user where id = ?", Long.class, m.mentorId());
            assertThat(org).isNotEqualTo(projectOrg);
        }
        assertThat(result.mentors().getFirst().lines().getFirst().describe()).matches("[A-Z0-9-]+: level \\d of \\d → \\d\\.\\d\\d × weight .*");
    }

    @Test
    void declaredConflictsAndFullCapacityKeepMentorsOutAndAreExplained() {
        long project = demoProject();
        MentorRecommendation top = runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 10)).mentors().getFirst();
        String topEmail = jdbc.queryForObject("select email from app_user where id = ?", String.class, top.mentorId());
        long projectOrg = jdbc.queryForObject("select organisation_id from phd_project where id = ?", Long.class, project);

        MentorSettings declared = runAs.as(topEmail, () -> settings.declareConflict(new DeclareConflictCmd(projectOrg, null, "Visiting researcher there")));
        MentorRecommendations after = runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 10));
        assertThat(after.mentors()).extracting(MentorRecommendation::mentorId).doesNotContain(top.mentorId());
        assertThat(after.declaredConflicts()).anySatisfy(x -> {
            assertThat(x.mentorId()).isEqualTo(top.mentorId());
            assertThat(x.reason()).contains("Visiting researcher there");
        });
        runAs.run(topEmail, () -> settings.withdrawConflict(declared.conflicts().getFirst().id()));

        runAs.run(topEmail, () -> settings.setCapacity(0));
        assertThat(runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 10)).mentors())
                .extracting(MentorRecommendation::mentorId).doesNotContain(top.mentorId());
        runAs.run(topEmail, () -> settings.setCapacity(2));
        assertThat(runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 10)).mentors())
                .extracting(MentorRecommendation::mentorId).contains(top.mentorId());
    }

    @Test
    void aMentorSeesTheProjectsThatFitThemBest() {
        List<ProjectRecommendation> mine = runAs.as("mentor@demo.crossfield.org", () -> matching.recommendProjectsForMe(10));
        assertThat(mine).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(mine).extracting(ProjectRecommendation::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void raisingAMentorsLevelIsReflectedImmediately() {
        long project = demoProject();
        var before = runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 50));
        // a mentor with an unmet requirement raises it to the required level: the index is updated by the profile event
        MentorRecommendation candidate = before.mentors().stream().filter(m -> m.unmet() > 0).findFirst().orElseThrow();
        ContributionLine gap = candidate.lines().stream().filter(l -> !l.met()).findFirst().orElseThrow();
        String email = jdbc.queryForObject("select email from app_user where id = ?", String.class, candidate.mentorId());
        runAs.run(email, () -> profiles.updateProfile(candidate.mentorId(),
                List.of(new org.crossfield.competency.ProfileChange(gap.competencyCode(), gap.required(), null))));
        var after = runAs.as(SUPERVISOR, () -> matching.recommendMentors(project, 50));
        MentorRecommendation raised = after.mentors().stream().filter(m -> m.mentorId() == candidate.mentorId()).findFirst().orElseThrow();
        assertThat(raised.score()).isGreaterThan(candidate.score());
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        String mentor = "mentor@demo.crossfield.org";
        long me = runAs.idOf(mentor);
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.setCapacity(11))).hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.setCapacity(-1))).hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.declareConflict(new DeclareConflictCmd(null, null, "x"))))
                .hasMessageContaining("either an organisation or a person");
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.declareConflict(new DeclareConflictCmd(1L, null, " "))))
                .hasMessageContaining("Give a reason");
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.declareConflict(new DeclareConflictCmd(null, me, "me"))))
                .hasMessageContaining("yourself");
        assertThatThrownBy(() -> runAs.as(mentor, () -> settings.declareConflict(new DeclareConflictCmd(999_999L, null, "x"))))
                .hasMessageContaining("no such organisation");
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotSeeOrChange() {
        long project = demoProject();
        for (String who : List.of("student", "mentor", "partner")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> matching.recommendMentors(project, 10)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        String otherSupervisor = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.email like '%.example' order by u.id limit 1""", String.class);
        assertThatThrownBy(() -> runAs.as(otherSupervisor, () -> matching.recommendMentors(project, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as("coordinator@demo.crossfield.org", () -> matching.recommendMentors(project, 3)).mentors()).hasSize(3);
        for (String who : List.of("student", "supervisor", "partner", "coordinator")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> matching.recommendProjectsForMe(5)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> settings.setCapacity(1)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        Long someoneElsesConflict = jdbc.queryForObject("select min(id) from mentor_conflict", Long.class);
        assertThatThrownBy(() -> runAs.as("mentor@demo.crossfield.org", () -> settings.withdrawConflict(someoneElsesConflict)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
