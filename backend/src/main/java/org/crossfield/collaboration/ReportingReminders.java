package org.crossfield.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.sql.Date;
import java.sql.Timestamp;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the people of a reporting window who have not confirmed their outcomes, a number of days before the due date
 * ({@code crossfield.reporting.reminder-days}, default 14, 7 and 1). It works over the data, not over timers: each run
 * looks at today's date, and {@code reporting_reminder_sent} (primary key window, collaboration, person, step) makes
 * sure a step is sent at most once per person, however often the job runs or restarts. A step that falls on or before
 * the day the window opened is skipped (the opening mail told them); when the job was down over several steps, only
 * the latest is sent. Nothing is sent after the due date or for collaborations that are no longer active.
 */
@Component
class ReportingReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportingReminders.class);

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Integer> steps;
    private boolean enabled = true;

    @Autowired
    ReportingReminders(JdbcTemplate jdbc, NotificationService notifications, TransactionTemplate transactions,
                       ObjectProvider<Clock> clock, @Value("${crossfield.reporting.reminder-days:14,7,1}") String steps,
                       @Value("${crossfield.reporting.reminders-enabled:true}") boolean enabled) {
        this(jdbc, notifications, transactions, clock.getIfUnique(Clock::systemUTC), parse(steps));
        this.enabled = enabled;
    }

    ReportingReminders(JdbcTemplate jdbc, NotificationService notifications, TransactionTemplate transactions, Clock clock,
                       List<Integer> steps) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
        this.steps = steps.stream().sorted().toList();
    }

    @Scheduled(initialDelayString = "${crossfield.reporting.reminder-initial-delay:PT1M}",
            fixedDelayString = "${crossfield.reporting.reminder-interval:PT1H}")
    @SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the next run tries again, and nothing is sent twice
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "reporting-reminders").increment();
            log.warn("Sending reporting reminders failed: {}", e.toString());
        }
    }

    /** Sends every reminder that is due today; returns how many people were reminded. */
    int sendDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> open = jdbc.query("select id, title, due_on, opened_at from reporting_window where due_on >= ? "
                        + "order by due_on, id limit 1000",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ZoneOffset.UTC)}, Date.valueOf(today));
        int reminded = 0;
        for (Object[] w : open) {
            Optional<Integer> step = stepFor(today, (LocalDate) w[2], (LocalDate) w[3], steps);
            if (step.isPresent()) {
                Integer n = asSystem(() -> transactions.execute(status -> remind((Long) w[0], (String) w[1], (LocalDate) w[2],
                        step.get(), today)));
                reminded += n == null ? 0 : n;
            }
        }
        if (reminded > 0) {
            log.info("Reminded {} people of their reporting windows", reminded);
        }
        return reminded;
    }

    /**
     * The reminder step due today: the smallest number of days before the due date whose day has come, if that day
     * lies after the day the window opened.
     */
    static Optional<Integer> stepFor(LocalDate today, LocalDate due, LocalDate openedOn, List<Integer> steps) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return steps.stream().sorted().filter(s -> s >= daysLeft).findFirst()
                .filter(s -> due.minusDays(s).isAfter(openedOn));
    }

    private int remind(long windowId, String title, LocalDate due, int step, LocalDate today) {
        Map<Long, List<Long>> byCollaboration = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.query("""
                select p.collaboration_id, c.title, p.user_id from reporting_party p join collaboration c on c.id = p.collaboration_id
                where p.window_id = ? and p.confirmed_at is null and c.status = 'ACTIVE'
                  and not exists (select 1 from reporting_reminder_sent s where s.window_id = p.window_id
                      and s.collaboration_id = p.collaboration_id and s.user_id = p.user_id and s.days_before <= ?)
                order by p.collaboration_id, p.user_id""", rs -> {
            byCollaboration.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
            titles.put(rs.getLong(1), rs.getString(2));
        }, windowId, step);
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        int reminded = 0;
        for (var entry : byCollaboration.entrySet()) {
            List<Long> people = new ArrayList<>();
            for (Long user : entry.getValue()) {
                // the primary key decides: a row that is already there means someone sent this step before
                if (jdbc.update("insert ignore into reporting_reminder_sent (window_id, collaboration_id, user_id, days_before, "
                        + "sent_at) values (?, ?, ?, ?, ?)", windowId, entry.getKey(), user, step, now) == 1) {
                    people.add(user);
                }
            }
            if (!people.isEmpty()) {
                notifications.notify(new NotifyCmd(people, NotificationTemplates.REPORTING_REMINDER, Map.of("event", "REMINDER",
                        "windowTitle", title, "collaborationTitle", titles.get(entry.getKey()), "dueDate", due.toString(),
                        "daysLeft", String.valueOf(ChronoUnit.DAYS.between(today, due))),
                        ReportingService.WORKSPACE_ROUTE + entry.getKey()));
                reminded += people.size();
            }
        }
        return reminded;
    }

    /** The notification service serves authenticated callers; this job acts as the system. */
    private static <T> T asSystem(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:reporting-reminders", null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static List<Integer> parse(String steps) {
        try {
            List<Integer> days = Arrays.stream(steps.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).toList();
            if (days.isEmpty() || days.stream().anyMatch(d -> d < 0 || d > 365)) {
                throw new IllegalArgumentException();
            }
            return days;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("crossfield.reporting.reminder-days must list days before the due date, e.g. "
                    + "14,7,1; it is \"" + steps + "\"");
        }
    }

    /** For tests: the same job on another clock. */
    ReportingReminders on(Clock other) {
        return new ReportingReminders(jdbc, notifications, transactions, other, steps);
    }
}
