package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo workspaces and the bulk generator other features' benchmarks call. */
@CrossfieldIntegrationTest
class OutcomeSandboxIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @Test
    void theDemoCollaborationHasAWorkspaceWithPublicAndJointOutcomesFundingActivitiesAndAReportingWindow() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        assertThat(count("select count(*) from collaboration_milestone where collaboration_id = ? and demo", c)).isEqualTo(4);
        assertThat(count("select count(*) from collaboration_meeting where collaboration_id = ? and demo", c)).isEqualTo(2);
        assertThat(count("select count(*) from outcome where collaboration_id = ? and demo and type_code = 'PUBLICATION' "
                + "and joint_public_private and is_public", c)).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from outcome where collaboration_id = ? and demo and type_code = 'FURTHER_FUNDING' "
                + "and amount_eur is not null", c)).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from dissemination_activity where collaboration_id = ? and demo "
                + "and activity_code = 'PART_CONFERENCE'", c)).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from reporting_party p join reporting_window w on w.id = p.window_id "
                + "where p.collaboration_id = ? and w.demo and p.confirmed_at is not null", c))
                .isEqualTo(1);
        assertThat(count("select count(distinct type_code) from outcome where demo and collaboration_id <> ?", c))
                .isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from outcome where demo and is_public and collaboration_id <> ?", c)).isPositive();
    }

    @Test
    void theGeneratorWritesTheRowsItIsAskedForDeterministically() {
        List<Long> collaborations = jdbc.queryForList("select id from collaboration order by id limit 3", Long.class);
        long outcomesBefore = count("select count(*) from outcome where collaboration_id in (?, ?, ?)", collaborations.toArray());
        OutcomeSandbox.Written written = OutcomeSandbox.write(jdbc, collaborations, 1_500, 1_000, 7L, false,
                java.time.Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(written.outcomes()).isEqualTo(1_500);
        assertThat(count("select count(*) from outcome where collaboration_id in (?, ?, ?)", collaborations.toArray()))
                .isEqualTo(outcomesBefore + 1_500);
        assertThat(count("select count(*) from outcome where type_code = 'FURTHER_FUNDING' and amount_eur is null")).isZero();
        assertThat(written.audiences()).isBetween(1_000L, 3_000L);
        assertThat(count("select count(*) from dissemination_activity a where not exists "
                + "(select 1 from dissemination_audience d where d.activity_id = a.id)")).isZero();
        // a bulk writer leaves the monthly totals behind until they are rebuilt, as the sandbox does
        assertThat(totals.consistent()).isFalse();
        totals.rebuild();
        assertThat(totals.consistent()).isTrue();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
