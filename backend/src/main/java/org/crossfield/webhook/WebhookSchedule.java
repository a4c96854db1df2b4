package org.crossfield.webhook;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries every {@code crossfield.webhooks.poll-interval} (default 10 s) on one instance at a
 * time (ShedLock, docs/adr/0034), unless {@code crossfield.webhooks.scheduling-enabled=false}. The rows are claimed
 * with {@code SKIP LOCKED} as well, so an operator's manual run next to the job cannot send one twice either.
 */
@Component
class WebhookSchedule {

    private static final Logger log = LoggerFactory.getLogger(WebhookSchedule.class);

    private final WebhookSender sender;
    private final WebhookSettings settings;

    WebhookSchedule(WebhookSender sender, WebhookSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${crossfield.webhooks.initial-delay:PT20S}",
            fixedDelayString = "${crossfield.webhooks.poll-interval:PT10S}")
    @SchedulerLock(name = "webhook-delivery", lockAtMostFor = "PT10M")
    void run() {
        if (!settings.schedulingEnabled()) {
            return;
        }
        try {
            WebhookSender.Report report = sender.sendDue();
            if (report.delivered() + report.retrying() + report.failed() + report.skipped() > 0) {
                log.debug("Webhooks: {}", report);
            }
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: nothing is lost, the next run tries again
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "webhook-delivery").increment();
            log.warn("The webhook sender could not run: {}", e.toString());
        }
    }
}
