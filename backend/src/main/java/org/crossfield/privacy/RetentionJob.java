package org.crossfield.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.crossfield.audit.AuditRetention;
import org.crossfield.identity.PersonalAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: once a day (on one instance, ShedLock) removes personal data that has outlived its period — every
 * feature's {@link RetentionRule} (each with its own configurable period) and identity's registrations and invitations
 * that were never completed ({@code crossfield.retention.unfinished-accounts}, default 30 days) — and reports what it
 * removed; the audit module's oldest entries after {@code crossfield.retention.audit} (default 10 years). Each rule runs in a transaction of its own, so one failing rule does not hold back the others.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** The report's name of identity's unconfirmed registrations and invitations never accepted. */
    static final String UNFINISHED_ACCOUNTS = "unfinished-accounts";
    /** The report's name of the audit log's oldest entries. */
    static final String AUDIT_ENTRIES = "audit-entries";

    private final List<RetentionRule> rules;
    private final PersonalAccounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration unfinishedAccounts;
    private final AuditRetention auditRetention;
    private final Duration auditEntries;
    private final boolean enabled;
    private final AtomicReference<RetentionReport> last = new AtomicReference<>();

    RetentionJob(List<RetentionRule> rules, PersonalAccounts accounts, TransactionTemplate transactions, ObjectProvider<Clock> clock,
                 @Value("${crossfield.retention.unfinished-accounts:P30D}") Duration unfinishedAccounts,
                 @Value("${crossfield.retention.enabled:true}") boolean enabled, AuditRetention auditRetention,
                 @Value("${crossfield.retention.audit:P3650D}") Duration auditEntries) {
        this.auditRetention = auditRetention;
        this.auditEntries = auditEntries;
        this.rules = rules;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.unfinishedAccounts = unfinishedAccounts;
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${crossfield.retention.initial-delay:PT10M}",
            fixedDelayString = "${crossfield.retention.interval:PT24H}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            runAt(clock.instant());
        } catch (RuntimeException e) {
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "retention").increment();
            log.warn("The retention job failed: {}", e.toString());
        }
    }

    RetentionReport runNow() {
        return runAt(clock.instant());
    }

    Optional<RetentionReport> lastRun() {
        return Optional.ofNullable(last.get());
    }

    RetentionReport runAt(Instant now) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                Integer n = transactions.execute(status -> rule.purge(now));
                removed.merge(rule.code(), n == null ? 0 : n, Integer::sum);
            } catch (RuntimeException e) {
                log.warn("Retention rule \"{}\" failed: {}", rule.description(), e.toString());
            }
        }
        Integer n = transactions.execute(status -> accounts.removeStaleAccounts(now.minus(unfinishedAccounts)));
        removed.put(UNFINISHED_ACCOUNTS, n == null ? 0 : n);
        try {
            removed.put(AUDIT_ENTRIES, auditRetention.removeEntriesBefore(now.minus(auditEntries)));
        } catch (RuntimeException e) {
            log.warn("Retention of the audit log failed: {}", e.toString());
        }
        RetentionReport report = new RetentionReport(now, Map.copyOf(removed));
        last.set(report);
        log.info("Retention removed {}", removed);
        return report;
    }
}
