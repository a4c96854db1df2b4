package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossfield.identity.IdentityService;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ProjectServiceIntegrationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    IdentityService identity;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void draftsAreSeenOnlyByTheirSupervisorTheirCoordinatorsAndAdmins() {
        long draft = jdbc.queryForObject("select min(id) from phd_project where status = 'DRAFT'", Long.class);
        String owner = jdbc.queryForObject("select u.email from phd_project p join app_user u on u.id = p.supervisor_id where p.id = ?",
                String.class, draft);
        for (String who : List.of("student", "mentor", "partner")) {
            String email = who + "@demo.crossfield.org";
            assertThat(runAs.as(email, () -> projects.summaries(List.of(draft)))).as(who).isEmpty();
            assertThat(runAs.as(email, () -> projects.requirementsOf(List.of(draft)))).as(who).isEmpty();
            assertThatThrownBy(() -> runAs.as(email, () -> projects.project(draft))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as(owner, () -> projects.summaries(List.of(draft)))).hasSize(1);
        assertThat(runAs.as("coordinator@demo.crossfield.org", () -> projects.requirementsOf(List.of(draft)))).containsKey(draft);
        assertThat(runAs.as("admin@demo.crossfield.org", () -> projects.project(draft)).id()).isEqualTo(draft);
    }

    @Test
    void everyoneFindsOpenProjectsByTitle() {
        var page = runAs.as("student@demo.crossfield.org", () -> projects.openProjects(null, "causal", PageRequest.of(0, 5)));
        assertThat(page.getContent()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProjectStatus.OPEN);
            assertThat(p.title().toLowerCase()).contains("causal");
        });
    }

    @Test
    void onlyMentorsAndCoordinatorsLookPeopleUpByEmail() {
        for (String who : List.of("student", "supervisor", "partner")) {
            assertThatThrownBy(() -> runAs.as(who + "@demo.crossfield.org", () -> identity.findPersonByEmail("mentor@demo.crossfield.org")))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as("coordinator@demo.crossfield.org", () -> identity.findPersonByEmail("mentor@demo.crossfield.org"))).isPresent();
    }
}
