package org.crossfield.matching;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.crossfield.competency.ProfileChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the {@link MentorDirectory} of every instance current when several instances share one database
 * (docs/adr/0035). A change to a mentor's profile, settings or accepted matches adds a row to {@code mentor_change} in
 * the transaction that makes the change (so there is no change without its row, and no row without its change); every
 * instance reads the rows of the last {@link #WINDOW} every {@code crossfield.matching.change-feed-interval} (default
 * 1 s) and refreshes the mentors that other instances changed. Its own changes it has already applied after commit.
 *
 * <p>The feed reads by time, not by id: ids are taken at insert but become visible at commit, so a later id can be seen
 * before an earlier one, and Galera hands out ids with gaps. Everything inside the window is read, the rows already
 * applied are remembered until they leave it, and refreshing a mentor twice is harmless (it re-reads the database). When
 * the database could not be read for longer than the window (an outage), the whole directory is loaded again.
 */
@Component
class MentorChangeFeed implements SchedulingConfigurer {

    static final Duration WINDOW = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(MentorChangeFeed.class);

    private final JdbcTemplate jdbc;
    private final MentorDirectory directory;
    private final Duration interval;
    private final String origin = UUID.randomUUID().toString();
    private Set<Long> applied = new HashSet<>();
    /** When the feed was last read; 0 before the first read. */
    private long lastReadNanos;
    private boolean reloadNeeded;

    MentorChangeFeed(JdbcTemplate jdbc, MentorDirectory directory,
                     @Value("${crossfield.matching.change-feed-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.interval = interval;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ProfileChangedEvent event) {
        record("PROFILE", event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MentorSettingsChangedEvent event) {
        record("SETTINGS", event.mentorId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MatchDecidedEvent event) {
        record("MATCH", event.mentorId());
    }

    private void record(String kind, long personId) {
        jdbc.update("insert into mentor_change (kind, person_id, origin, created_at) values (?, ?, ?, current_timestamp(3))",
                kind, personId, origin);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // every instance follows the feed for itself: no cluster-wide lock here
        registrar.addFixedDelayTask(new FixedDelayTask(this::follow, interval, interval));
    }

    /** Applies what other instances changed since the last run; returns how many changes. */
    synchronized int follow() {
        try {
            if (reloadNeeded || lastReadNanos != 0 && System.nanoTime() - lastReadNanos > WINDOW.minusSeconds(5).toNanos()) {
                // missed part of the feed (the database was unreachable): start from the database itself
                directory.reload();
                reloadNeeded = false;
                log.info("Mentor directory reloaded after the change feed could not be read for a while");
            }
            List<Object[]> rows = jdbc.query("select id, kind, person_id from mentor_change where created_at >= "
                            + "current_timestamp(3) - interval ? second and origin <> ? order by id",
                    (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}, WINDOW.toSeconds(), origin);
            lastReadNanos = System.nanoTime();
            Set<Long> inWindow = new HashSet<>();
            int changes = 0;
            for (Object[] row : rows) {
                long id = (Long) row[0];
                inWindow.add(id);
                if (!applied.contains(id)) {
                    apply((String) row[1], (Long) row[2]);
                    changes++;
                }
            }
            applied = inWindow;
            return changes;
        } catch (RuntimeException e) {
            reloadNeeded = reloadNeeded || lastReadNanos != 0 && System.nanoTime() - lastReadNanos > WINDOW.minusSeconds(5).toNanos();
            log.warn("Following the mentor change feed failed: {}", e.toString());
            return 0;
        }
    }

    private void apply(String kind, long personId) {
        switch (kind) {
            case "MATCH" -> directory.refreshAccepted(personId);
            case "PROFILE" -> directory.on(new ProfileChangedEvent(personId, Set.of()));
            default -> directory.refresh(personId);
        }
    }

    /** The feed only needs the last {@link #WINDOW}; a day is kept for whoever wants to look. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "mentor-change-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void deleteOldChanges() {
        try {
            jdbc.update("delete from mentor_change where created_at < current_timestamp(3) - interval 1 day limit 10000");
        } catch (RuntimeException e) {
            log.warn("Deleting old mentor changes failed: {}", e.toString());
        }
    }
}
