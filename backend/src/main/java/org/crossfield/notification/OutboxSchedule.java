package org.crossfield.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender every {@code crossfield.mail.poll-interval}, unless {@code crossfield.mail.scheduling-enabled=false}.
 * It runs on every instance at once, without a cluster-wide lock: each run claims its mails row by row
 * ({@code FOR UPDATE SKIP LOCKED}), so several senders share the work and never take the same mail (docs/adr/0034).
 */
@Component
class OutboxSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final OutboxSettings settings;
    private final OutboxMonitoring monitoring;

    OutboxSchedule(OutboxSender sender, OutboxSettings settings, OutboxMonitoring monitoring) {
        this.sender = sender;
        this.settings = settings;
        this.monitoring = monitoring;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.schedulingEnabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::run, settings.pollInterval(), settings.pollInterval()));
        }
    }

    void run() {
        try {
            SendReport report = sender.sendDueMails();
            monitoring.record(report);
            if (report.delivered() > 0) {
                log.debug("Outbox: {}", report);
            }
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: nothing is lost, the next run tries again
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "mail-outbox").increment();
            log.warn("The outbox sender could not run: {}", e.toString());
        }
    }
}
