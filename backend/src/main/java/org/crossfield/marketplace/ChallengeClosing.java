package org.crossfield.marketplace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes open challenges once their deadline day is over (UTC). It works over the data, not over timers, so a
 * restart loses nothing: the next run closes whatever is due. Runs every {@code crossfield.marketplace.closing-interval}
 * (default 5 minutes), in batches of 500, each in its own transaction.
 */
@Component
class ChallengeClosing {

    private static final Logger log = LoggerFactory.getLogger(ChallengeClosing.class);
    private static final int BATCH = 500;

    private final ChallengeRepository challenges;
    private final TransactionTemplate transactions;
    private final PostingNotifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    ChallengeClosing(ChallengeRepository challenges, TransactionTemplate transactions, PostingNotifications notifications,
                     ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this(challenges, transactions, notifications, events, clock.getIfUnique(Clock::systemUTC));
    }

    ChallengeClosing(ChallengeRepository challenges, TransactionTemplate transactions, PostingNotifications notifications,
                     ApplicationEventPublisher events, Clock clock) {
        this.challenges = challenges;
        this.transactions = transactions;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${crossfield.marketplace.closing-initial-delay:PT30S}",
            fixedDelayString = "${crossfield.marketplace.closing-interval:PT5M}")
    @SchedulerLock(name = "challenge-closing", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void scheduled() {
        try {
            closeDue();
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the next run tries again
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "challenge-closing").increment();
            log.warn("Closing challenges at their deadline failed: {}", e.toString());
        }
    }

    /**
     * Closes every open challenge whose deadline is before today and tells whoever posted it (in-app and by e-mail,
     * in the same transaction); returns how many.
     */
    int closeDue() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext job = SecurityContextHolder.createEmptyContext();
        // notifying needs an authenticated caller: the job acts as itself, with no roles
        job.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("crossfield:challenge-closing", null, List.of()));
        SecurityContextHolder.setContext(job);
        try {
            return closeDueAsJob();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private int closeDueAsJob() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int closed = 0;
        while (true) {
            Integer n = transactions.execute(status -> {
                List<Challenge> due = challenges.openPastDeadline(today, Limit.of(BATCH));
                for (Challenge c : due) {
                    c.close(clock.instant().truncatedTo(ChronoUnit.SECONDS));
                    notifications.closedAtDeadline(c.getCreatedBy(), c.getTitle(), c.getDeadline());
                    events.publishEvent(new PostingClosedEvent(PostingKind.CHALLENGE, c.getId()));
                }
                return due.size();
            });
            closed += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                break;
            }
        }
        if (closed > 0) {
            log.info("Closed {} challenges at their deadline", closed);
        }
        return closed;
    }

    /** For tests: the same job on another clock. */
    ChallengeClosing on(Clock other) {
        return new ChallengeClosing(challenges, transactions, notifications, events, other);
    }
}
