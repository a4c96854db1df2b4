package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Optimistic locking for the REST API: a challenge's version, and an update only from the version last read. */
@CrossfieldIntegrationTest
class ChallengeVersionIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final List<String> NOT_EDITORS = List.of("student@demo.crossfield.org", "supervisor@demo.crossfield.org",
            "mentor@demo.crossfield.org", COORDINATOR, "admin@demo.crossfield.org");

    @Autowired
    ChallengeService challenges;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    ChallengeDraft draft(String title) {
        long programme = jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
        return new ChallengeDraft(programme, title, "A summary", "A description.", null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(20), null, null, Visibility.PUBLIC, Set.of(),
                List.of(new RequiredCompetency("HDS-04", 3, 1, false)), GovernanceTerms.sandbox());
    }

    String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
    }

    @Test
    void anUpdateFromAnOldVersionIsRefusedAndChangesNothing() {
        long id = runAs.as(PARTNER, () -> challenges.createDraft(draft("Versioned")));
        VersionedChallenge first = runAs.as(PARTNER, () -> challenges.versioned(id));
        assertThat(first.challenge().content().title()).isEqualTo("Versioned");
        VersionedChallenge second = runAs.as(PARTNER, () -> challenges.updateDraft(id, first.version(), draft("Versioned, 2")));
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.challenge().content().title()).isEqualTo("Versioned, 2");

        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.updateDraft(id, first.version(), draft("Lost update"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(runAs.as(PARTNER, () -> challenges.versioned(id))).isEqualTo(second);
        // the rules of updateDraft hold as before
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> challenges.updateDraft(id, second.version(), draft(" "))))
                .isInstanceOf(InvalidPostingException.class);
    }

    @Test
    void onlyThePostingOrganisationsPartnersUpdateAndOnlyThoseWhoSeeADraftReadItsVersion() {
        long id = runAs.as(PARTNER, () -> challenges.createDraft(draft("Refusals")));
        long version = runAs.as(PARTNER, () -> challenges.versioned(id)).version();
        for (String other : java.util.stream.Stream.concat(NOT_EDITORS.stream(), java.util.stream.Stream.of(otherPartner())).toList()) {
            assertThatThrownBy(() -> runAs.run(other, () -> challenges.updateDraft(id, version, draft("Not yours"))))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        for (String other : List.of("student@demo.crossfield.org", "supervisor@demo.crossfield.org",
                "mentor@demo.crossfield.org", otherPartner())) {
            assertThatThrownBy(() -> runAs.run(other, () -> challenges.versioned(id)))
                    .as("a draft is not visible to " + other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as(COORDINATOR, () -> challenges.versioned(id)).version()).isEqualTo(version);
        assertThat(runAs.as(PARTNER, () -> challenges.versioned(id)).challenge().content().title()).isEqualTo("Refusals");
    }
}
