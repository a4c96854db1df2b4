package org.crossfield.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail outbox as operators see it (docs/operations.md, "Monitoring"): its backlog and failures as Prometheus
 * meters, and its health, part of readiness. The outbox is healthy when it can be read; a backlog is reported (details,
 * meters, alerts) but does not take an instance out of the load balancer, because every instance shares the outbox and
 * taking them all out would not send a single mail sooner.
 */
@Component("outboxHealthIndicator")
class OutboxMonitoring implements MeterBinder, HealthIndicator {

    /** Scrapes and probes come often; the figures are read from the database at most this often. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    record Backlog(long pending, long due, long oldestDueSeconds, long sending, long failed) {
    }

    private final JdbcTemplate jdbc;
    private volatile Backlog last;
    private volatile long lastReadNanos;
    private volatile Counter delivered;
    private volatile Counter retrying;
    private volatile Counter failed;

    OutboxMonitoring(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Backlog backlog() {
        Backlog current = last;
        if (current == null || System.nanoTime() - lastReadNanos > FRESH_FOR.toNanos()) {
            current = jdbc.queryForObject("""
                    select coalesce(sum(status = 'PENDING'), 0),
                           coalesce(sum(status = 'PENDING' and next_attempt_at <= current_timestamp), 0),
                           coalesce(timestampdiff(second, min(case when status = 'PENDING' then next_attempt_at end),
                                                  current_timestamp), 0),
                           coalesce(sum(status = 'SENDING'), 0),
                           coalesce(sum(status = 'FAILED'), 0)
                    from mail_outbox where status <> 'SENT'""", (rs, i) -> new Backlog(rs.getLong(1), rs.getLong(2),
                    Math.max(0, rs.getLong(3)), rs.getLong(4), rs.getLong(5)));
            last = current;
            lastReadNanos = System.nanoTime();
        }
        return current;
    }

    @Override
    public Health health() {
        try {
            Backlog b = backlog();
            return Health.up().withDetails(Map.of("pending", b.pending(), "due", b.due(),
                    "oldestDueSeconds", b.oldestDueSeconds(), "failed", b.failed())).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", "The mail outbox cannot be read").build();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("crossfield.mail.outbox.pending", this, m -> m.safely(Backlog::pending))
                .description("Mails waiting in the outbox (PENDING)").register(registry);
        Gauge.builder("crossfield.mail.outbox.due", this, m -> m.safely(Backlog::due))
                .description("Pending mails whose time to be sent has come").register(registry);
        Gauge.builder("crossfield.mail.outbox.oldest.due", this, m -> m.safely(Backlog::oldestDueSeconds))
                .baseUnit("seconds").description("How long the oldest pending mail has been due").register(registry);
        Gauge.builder("crossfield.mail.outbox.failed", this, m -> m.safely(Backlog::failed))
                .description("Mails given up on (FAILED), waiting for an administrator").register(registry);
        delivered = Counter.builder("crossfield.mail.delivered").description("Mails sent or captured").register(registry);
        retrying = Counter.builder("crossfield.mail.attempts.failed")
                .description("Failed sending attempts that will be tried again").register(registry);
        failed = Counter.builder("crossfield.mail.given.up").description("Mails that became FAILED").register(registry);
    }

    private double safely(java.util.function.ToLongFunction<Backlog> figure) {
        try {
            return figure.applyAsLong(backlog());
        } catch (RuntimeException e) {
            return Double.NaN; // the database is unreachable: no figure rather than a wrong one
        }
    }

    /** Counts what one run of the sender did. */
    void record(SendReport report) {
        if (delivered != null) {
            delivered.increment(report.delivered());
            retrying.increment(report.retrying());
            failed.increment(report.failed());
        }
    }
}
