package org.crossfield.collaboration;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the monthly totals of outcomes (dated ones: an undated imported publication counts in no month until it gets
 * its date), dissemination activities and audiences ({@code outcome_month},
 * {@code activity_month}, {@code audience_month}; changelog 0052) equal to what grouping the rows would give, so that a
 * report over a million rows reads a few thousand totals (docs/adr/0019).
 * <p>
 * Every change goes through here in the transaction that makes it: {@code remove…} takes a row's contribution out
 * while the database still holds its old state, {@code add…} puts it back once the new state is flushed. Bulk writers
 * (the sandbox, benchmarks, tests writing SQL) call {@link #rebuild()} afterwards. At start-up the totals are compared
 * with the row counts and rebuilt when they disagree, e.g. after rows were loaded or removed by hand.
 * <p>
 * Not an application service: nothing here is reachable from a view, and it reads and writes whole rows of data its
 * callers have already been authorised for.
 */
@Component
public class OutcomeTotals {

    private static final Logger log = LoggerFactory.getLogger(OutcomeTotals.class);

    /** "No organisation" is 0 in the totals, whose keys cannot be NULL. */
    private static final String KEYS = "c.programme_id, coalesce(c.partner_organisation_id, 0), coalesce(c.academic_organisation_id, 0)";
    private static final String MONTH = "cast(date_format(%s, '%%Y-%%m-01') as date)";

    private static final String OUTCOMES = """
            insert into outcome_month (month, type_code, joint_public_private, programme_id, partner_organisation_id,
              academic_organisation_id, n, amount_eur)
            select %s, o.type_code, o.joint_public_private, %s, :sign * count(*), :sign * coalesce(sum(o.amount_eur), 0)
            from outcome o join collaboration c on c.id = o.collaboration_id
            where o.occurred_on is not null and %s
            group by 1, 2, 3, 4, 5, 6
            on duplicate key update n = n + values(n), amount_eur = amount_eur + values(amount_eur)""";

    private static final String ACTIVITIES = """
            insert into activity_month (month, activity_code, status, programme_id, partner_organisation_id,
              academic_organisation_id, n, people)
            select %s, da.activity_code, da.status, %s, :sign * count(*), :sign * coalesce(sum(da.audience_size), 0)
            from dissemination_activity da join collaboration c on c.id = da.collaboration_id
            where %s
            group by 1, 2, 3, 4, 5, 6
            on duplicate key update n = n + values(n), people = people + values(people)""";

    private static final String AUDIENCES = """
            insert into audience_month (month, audience_code, status, programme_id, partner_organisation_id,
              academic_organisation_id, n, people)
            select %s, au.audience_code, da.status, %s, :sign * count(*), :sign * coalesce(sum(da.audience_size), 0)
            from dissemination_audience au join dissemination_activity da on da.id = au.activity_id
              join collaboration c on c.id = da.collaboration_id
            where %s
            group by 1, 2, 3, 4, 5, 6
            on duplicate key update n = n + values(n), people = people + values(people)""";

    private final JdbcTemplate jdbc;

    OutcomeTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addOutcome(long outcomeId) {
        outcomes("o.id = ?", 1, outcomeId);
    }

    /** Adds outcomes written together (an import, a bounded list): one statement for all of them. */
    void addOutcomes(List<Long> outcomeIds) {
        if (!outcomeIds.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(outcomeIds.size(), "?"));
            jdbc.update(sql(OUTCOMES, "o.occurred_on", "o.id in (" + marks + ")", 1), outcomeIds.toArray());
        }
    }

    void removeOutcome(long outcomeId) {
        outcomes("o.id = ?", -1, outcomeId);
    }

    void addActivity(long activityId) {
        activities("da.id = ?", 1, activityId);
    }

    void removeActivity(long activityId) {
        activities("da.id = ?", -1, activityId);
    }

    /** Takes out everything of a collaboration, before its programme or organisations change. */
    void removeCollaboration(long collaborationId) {
        collaboration(collaborationId, -1);
    }

    /** Puts everything of a collaboration back, after its programme or organisations changed (and were flushed). */
    void addCollaboration(long collaborationId) {
        collaboration(collaborationId, 1);
    }

    private void collaboration(long collaborationId, int sign) {
        outcomes("c.id = ?", sign, collaborationId);
        activities("c.id = ?", sign, collaborationId);
    }

    private void outcomes(String where, int sign, Object arg) {
        jdbc.update(sql(OUTCOMES, "o.occurred_on", where, sign), arg);
    }

    private void activities(String where, int sign, Object arg) {
        jdbc.update(sql(ACTIVITIES, "da.occurred_on", where, sign), arg);
        jdbc.update(sql(AUDIENCES, "da.occurred_on", where, sign), arg);
    }

    private static String sql(String template, String dateColumn, String where, int sign) {
        return template.formatted(MONTH.formatted(dateColumn), KEYS, where).replace(":sign", Integer.toString(sign));
    }

    /** Recomputes every total from the rows, in one transaction; for bulk loads (about 10 s per million rows). */
    @Transactional
    public void rebuild() {
        long t0 = System.nanoTime();
        for (String table : List.of("outcome_month", "activity_month", "audience_month")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update(sql(OUTCOMES, "o.occurred_on", "true", 1));
        jdbc.update(sql(ACTIVITIES, "da.occurred_on", "true", 1));
        jdbc.update(sql(AUDIENCES, "da.occurred_on", "true", 1));
        log.info("Rebuilt the monthly outcome totals in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Whether the totals add up to the number of outcomes, activities and audiences (three counts and three sums). */
    boolean consistent() {
        return same("select count(*) from outcome where occurred_on is not null", "select coalesce(sum(n), 0) from outcome_month")
                && same("select count(*) from dissemination_activity", "select coalesce(sum(n), 0) from activity_month")
                && same("select count(*) from dissemination_audience", "select coalesce(sum(n), 0) from audience_month");
    }

    private boolean same(String rows, String totals) {
        return jdbc.queryForObject(rows, Long.class).equals(jdbc.queryForObject(totals, Long.class));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    // several instances starting together: one checks and rebuilds, the others leave it to that one (docs/adr/0034)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "outcome-totals-check", lockAtMostFor = "PT30M")
    void checkAtStartUp() {
        if (!consistent()) {
            log.warn("The monthly outcome totals do not match the outcome and activity rows (rows written outside Crossfield?);"
                    + " rebuilding them");
            rebuild();
        }
    }
}
