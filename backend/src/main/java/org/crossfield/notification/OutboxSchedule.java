package org.crossfield.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the outbox sender every {@code crossfield.mail.poll-interval}, unless {@code crossfield.mail.scheduling-enabled=false}. */
@Component
class OutboxSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final OutboxSettings settings;

    OutboxSchedule(OutboxSender sender, OutboxSettings settings) {
        this.sender = sender;
        this.settings = settings;
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
            if (report.delivered() > 0) {
                log.debug("Outbox: {}", report);
            }
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: nothing is lost, the next run tries again
            log.warn("The outbox sender could not run: {}", e.toString());
        }
    }
}
