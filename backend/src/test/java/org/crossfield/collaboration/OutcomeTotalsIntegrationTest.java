package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly totals the reports read stay equal to grouping the rows, through every way the rows change: recording,
 * editing (type, date, joint flag, amount, status, audiences), importing, deleting, and a collaboration gaining a partner.
 */
@CrossfieldIntegrationTest
class OutcomeTotalsIntegrationTest {

    private static final String STUDENT = OutcomeServiceIntegrationTest.STUDENT;
    private static final String SUPERVISOR = OutcomeServiceIntegrationTest.SUPERVISOR;

    @Autowired
    OutcomeService service;
    @Autowired
    OutcomeTotals totals;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /** Every non-zero total, in key order. */
    private static List<Map<String, Object>> snapshot(JdbcTemplate jdbc) {
        return List.of("outcome_month", "activity_month", "audience_month").stream()
                .flatMap(t -> jdbc.queryForList("select '" + t + "' as t, x.* from " + t + " x where n <> 0 order by 2, 3, 4, 5, 6, 7")
                        .stream())
                .toList();
    }

    /** The totals as they are equal the totals rebuilt from the rows. */
    static void assertTotalsMatchTheRows(JdbcTemplate jdbc, OutcomeTotals totals) {
        List<Map<String, Object>> kept = snapshot(jdbc);
        totals.rebuild();
        assertThat(kept).isEqualTo(snapshot(jdbc));
        assertThat(totals.consistent()).isTrue();
    }

    private void assertTotalsMatchTheRows() {
        assertTotalsMatchTheRows(jdbc, totals);
    }

    private long outcomesOfTypeInMonth(long collaboration, String type, String month) {
        return jdbc.queryForObject("""
                select coalesce(sum(n), 0) from outcome_month m join collaboration c on c.programme_id = m.programme_id
                  and coalesce(c.partner_organisation_id, 0) = m.partner_organisation_id
                  and coalesce(c.academic_organisation_id, 0) = m.academic_organisation_id
                where c.id = ? and m.type_code = ? and m.month = ?""", Long.class, collaboration, type, LocalDate.parse(month));
    }

    @Test
    void everyChangeOfAnOutcomeOrActivityMovesItsTotals() {
        totals.rebuild();
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long fundingBefore = outcomesOfTypeInMonth(c, "FURTHER_FUNDING", "2031-04-01");
        OutcomeSummary grant = runAs.as(STUDENT, () -> service.recordOutcome(new SaveOutcomeCmd(c, "FURTHER_FUNDING", "Totals grant",
                null, LocalDate.of(2031, 4, 20), null, null, null, null, null, false, false, Set.of(), new BigDecimal("1000"),
                "GBP", "Wellcome", null, false)));
        assertThat(outcomesOfTypeInMonth(c, "FURTHER_FUNDING", "2031-04-01")).isEqualTo(fundingBefore + 1);
        assertTotalsMatchTheRows();

        // another type, month, joint flag: out of the old totals, into the new
        runAs.run(SUPERVISOR, () -> service.updateOutcome(grant.id(), new SaveOutcomeCmd(c, "PUBLICATION", "Totals paper", null,
                LocalDate.of(2031, 6, 2), "10.5555/totals." + grant.id(), "Student, Stella", "JHDS", 2027, "journal-article",
                true, true, EnumSet.noneOf(CreditRole.class), null, null, null, null, false)));
        assertThat(outcomesOfTypeInMonth(c, "FURTHER_FUNDING", "2031-04-01")).isEqualTo(fundingBefore);
        assertTotalsMatchTheRows();

        String bib = "@article{t1, title = {Totals imported " + grant.id() + "}, author = {Student, Stella}, journal = {JHDS}, "
                + "date = {2027-02-03}}\n@misc{t2, title = {Totals undated " + grant.id() + "}}";
        runAs.run(STUDENT, () -> service.importPublications(new ImportPublicationsCmd(c,
                service.readPublications(c, "totals.bib", bib.getBytes(StandardCharsets.UTF_8)).toImport(), true, false)));
        assertTotalsMatchTheRows();

        ActivitySummary talk = runAs.as(STUDENT, () -> service.recordActivity(new SaveActivityCmd(c, "PART_CONFERENCE",
                "Totals talk", LocalDate.of(2031, 5, 5), Set.of("SCIENTIFIC", "PATIENTS"), 150, null, ActivityStatus.DELIVERED,
                null, false)));
        assertTotalsMatchTheRows();
        runAs.run(STUDENT, () -> service.updateActivity(talk.id(), new SaveActivityCmd(c, "ORG_WORKSHOP", "Totals workshop",
                LocalDate.of(2031, 7, 1), Set.of("PRACTITIONERS"), 40, null, ActivityStatus.ONGOING, null, false)));
        assertTotalsMatchTheRows();

        runAs.run(STUDENT, () -> service.deleteActivity(talk.id()));
        runAs.run(STUDENT, () -> service.deleteOutcome(grant.id()));
        assertTotalsMatchTheRows();
    }

    @Test
    void partiesRecordingAtTheSameTimeLoseNoCount() throws Exception {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long before = outcomesOfTypeInMonth(c, "SOFTWARE", "2032-08-01");
        int threads = 4;
        int each = 10;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String who = t % 2 == 0 ? STUDENT : SUPERVISOR;
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        runAs.as(who, () -> service.recordOutcome(SaveOutcomeCmd.simple(c, "SOFTWARE",
                                "Concurrent tool " + thread + "." + n, null, LocalDate.of(2032, 8, 1 + n), null, false)));
                    }
                }));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // every one of the 40 outcomes counted once, in the same total row
        assertThat(outcomesOfTypeInMonth(c, "SOFTWARE", "2032-08-01")).isEqualTo(before + threads * each);
        assertTotalsMatchTheRows();
    }

    @Test
    void rowsWrittenBehindCrossfieldsBackAreNoticedAndTheTotalsRebuilt() {
        totals.rebuild();
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long recorder = jdbc.queryForObject("select student_id from collaboration where id = ?", Long.class, c);
        jdbc.update("""
                insert into outcome (collaboration_id, type_code, title, occurred_on, recorded_by, joint_public_private, created_at)
                values (?, 'SOFTWARE', 'Loaded by hand', '2031-02-02', ?, false, now())""", c, recorder);
        assertThat(totals.consistent()).isFalse();
        totals.checkAtStartUp();
        assertThat(totals.consistent()).isTrue();
        assertThat(outcomesOfTypeInMonth(c, "SOFTWARE", "2031-02-01")).isPositive();
    }
}
