package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Optimistic locking of PhD project postings for the REST API, and who may read the version or update. */
@CrossfieldIntegrationTest
class ProjectVersionIntegrationTest {

    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    ProjectPostingService projects;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    ProjectDraft draft(String title) {
        long programme = jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
        return new ProjectDraft(programme, title, "Can federated learning find sepsis earlier?", 1, null,
                List.of(new RequiredCompetency("DSDA01", 3, 1.5, true)), Set.of(), GovernanceTerms.sandbox());
    }

    String otherSupervisor() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.email <> ? and u.status = 'ACTIVE' and u.enabled = true order by u.id limit 1""",
                String.class, SUPERVISOR);
    }

    @Test
    void anUpdateFromAnOldVersionIsRefusedAndChangesNothing() {
        long id = runAs.as(SUPERVISOR, () -> projects.createDraft(draft("Versioned project")));
        VersionedProject first = runAs.as(SUPERVISOR, () -> projects.versioned(id));
        VersionedProject second = runAs.as(SUPERVISOR, () -> projects.updateDraft(id, first.version(),
                draft("Versioned project, 2")));
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.project().content().title()).isEqualTo("Versioned project, 2");
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> projects.updateDraft(id, first.version(), draft("Lost"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(runAs.as(SUPERVISOR, () -> projects.versioned(id))).isEqualTo(second);
    }

    @Test
    void onlyTheSupervisorUpdatesAndOnlyTheSupervisorAndReviewersReadTheVersion() {
        long id = runAs.as(SUPERVISOR, () -> projects.createDraft(draft("Refused project")));
        long version = runAs.as(SUPERVISOR, () -> projects.versioned(id)).version();
        for (String other : List.of("student@demo.crossfield.org", "mentor@demo.crossfield.org",
                "partner@demo.crossfield.org", COORDINATOR, ADMIN, otherSupervisor())) {
            assertThatThrownBy(() -> runAs.run(other, () -> projects.updateDraft(id, version, draft("Not yours"))))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        for (String other : List.of("student@demo.crossfield.org", "mentor@demo.crossfield.org",
                "partner@demo.crossfield.org", otherSupervisor())) {
            assertThatThrownBy(() -> runAs.run(other, () -> projects.versioned(id)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as(COORDINATOR, () -> projects.versioned(id)).version()).isEqualTo(version);
        assertThat(runAs.as(ADMIN, () -> projects.versioned(id)).version()).isEqualTo(version);
        assertThat(runAs.as(SUPERVISOR, () -> projects.versioned(id)).project().content().title()).isEqualTo("Refused project");
    }
}
