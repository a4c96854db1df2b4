package org.crossfield.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agreement module's deadlines, which are data (columns), not timers: a restart loses nothing, the next run acts on
 * whatever is due. Each run (every {@code crossfield.agreement.deadline-interval}, default 15 minutes):
 * <ul>
 *   <li>publication reviews past their deadline without an answer become consented (silence is consent), and the
 *       requester and the partner's side are told;</li>
 *   <li>pending reviews whose deadline is within {@code crossfield.agreement.review-reminder-before} (default 3 days)
 *       remind the partner's side, once;</li>
 *   <li>agreements awaiting approvals for longer than {@code crossfield.agreement.approval-reminder-after} (default 3
 *       days) remind the approvers who have not approved, at most once per such period.</li>
 * </ul>
 * Batches of 200, each in its own transaction, as the user "crossfield-scheduler".
 */
@Component
class AgreementDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AgreementDeadlines.class);
    private static final int BATCH = 200;

    /** What one run did. */
    record Report(int consentedBySilence, int reviewReminders, int approvalReminders) {
    }

    private final PublicationReviewRepository reviews;
    private final AgreementRepository agreements;
    private final AgreementApprovalRepository approvals;
    private final AgreementTrail trail;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Duration reviewReminderBefore;
    private final Duration approvalReminderAfter;
    private final Clock clock;

    @Autowired
    AgreementDeadlines(PublicationReviewRepository reviews, AgreementRepository agreements, AgreementApprovalRepository approvals,
                       AgreementTrail trail, NotificationService notifications, TransactionTemplate transactions,
                       @Value("${crossfield.agreement.review-reminder-before:P3D}") Duration reviewReminderBefore,
                       @Value("${crossfield.agreement.approval-reminder-after:P3D}") Duration approvalReminderAfter,
                       ObjectProvider<Clock> clock) {
        this(reviews, agreements, approvals, trail, notifications, transactions, reviewReminderBefore, approvalReminderAfter,
                clock.getIfUnique(Clock::systemUTC));
    }

    private AgreementDeadlines(PublicationReviewRepository reviews, AgreementRepository agreements, AgreementApprovalRepository approvals,
                               AgreementTrail trail, NotificationService notifications, TransactionTemplate transactions,
                               Duration reviewReminderBefore, Duration approvalReminderAfter, Clock clock) {
        this.reviews = reviews;
        this.agreements = agreements;
        this.approvals = approvals;
        this.trail = trail;
        this.notifications = notifications;
        this.transactions = transactions;
        this.reviewReminderBefore = reviewReminderBefore;
        this.approvalReminderAfter = approvalReminderAfter;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${crossfield.agreement.deadline-initial-delay:PT40S}",
            fixedDelayString = "${crossfield.agreement.deadline-interval:PT15M}")
    @SchedulerLock(name = "agreement-deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    void scheduled() {
        try {
            runDue();
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the next run tries again, the deadlines are still in the table
            io.micrometer.core.instrument.Metrics.counter("crossfield.job.failures", "job", "agreement-deadlines").increment();
            log.warn("Acting on agreement deadlines failed: {}", e.toString());
        }
    }

    /** Acts on everything due now. */
    Report runDue() {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("crossfield-scheduler", null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            Report r = new Report(consentSilentReviews(), remindReviewers(), remindApprovers());
            if (r.consentedBySilence() + r.reviewReminders() + r.approvalReminders() > 0) {
                log.info("Agreement deadlines: {}", r);
            }
            return r;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private int consentSilentReviews() {
        int total = 0;
        while (true) {
            Integer n = transactions.execute(status -> {
                Instant now = now();
                List<PublicationReview> due = reviews.pendingPastDeadline(now, Limit.of(BATCH));
                for (PublicationReview r : due) {
                    r.consentBySilence(now);
                    Agreement a = agreements.findById(r.getAgreementId()).orElseThrow();
                    trail.append(a.getId(), a.getSignedVersion(), null, "REVIEW_CONSENTED_BY_SILENCE", null,
                            List.of(r.getTitle(), r.getDeadlineAt().toString()), null, now);
                    List<Long> told = new java.util.ArrayList<>(List.of(r.getRequestedBy()));
                    a.getParties().stream().filter(p -> p.role() == PartyRole.PARTNER).map(Party::userId).forEach(told::add);
                    notifications.notify(new NotifyCmd(told.stream().distinct().toList(), NotificationTemplates.PUBLICATION_REVIEW,
                            PublicationReviewService.model("CONSENTED_BY_SILENCE", a.getTitle(), r.getTitle(), null,
                                    PublicationReviewService.DAY.format(r.getDeadlineAt()), null), AgreementService.link(a)));
                }
                return due.size();
            });
            total += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                return total;
            }
        }
    }

    private int remindReviewers() {
        Integer n = transactions.execute(status -> {
            Instant now = now();
            List<PublicationReview> due = reviews.pendingToRemind(now, now.plus(reviewReminderBefore), Limit.of(BATCH));
            for (PublicationReview r : due) {
                r.reminded(now);
                Agreement a = agreements.findById(r.getAgreementId()).orElseThrow();
                List<Long> partnerSide = a.getParties().stream()
                        .filter(p -> p.role() == PartyRole.PARTNER || p.role() == PartyRole.OFFICER
                                && java.util.Objects.equals(p.organisationId(), a.getPartnerOrganisationId()))
                        .map(Party::userId).toList();
                if (!partnerSide.isEmpty()) {
                    notifications.notify(new NotifyCmd(partnerSide, NotificationTemplates.PUBLICATION_REVIEW,
                            PublicationReviewService.model("REMINDER", a.getTitle(), r.getTitle(), null,
                                    PublicationReviewService.DAY.format(r.getDeadlineAt()), null), AgreementService.link(a)));
                }
            }
            return due.size();
        });
        return n == null ? 0 : n;
    }

    private int remindApprovers() {
        Integer n = transactions.execute(status -> {
            Instant now = now();
            List<Agreement> due = agreements.awaitingReminder(now.minus(approvalReminderAfter), Limit.of(BATCH));
            for (Agreement a : due) {
                List<Long> pending = AgreementService.pendingParties(a,
                        approvals.findByAgreementIdAndVersionNoOrderByIdAsc(a.getId(), a.getCurrentVersion())).stream()
                        .map(Party::userId).toList();
                a.reminded(now);
                if (!pending.isEmpty()) {
                    trail.append(a.getId(), a.getCurrentVersion(), null, "REMINDED", null, List.of(String.valueOf(pending.size())), null, now);
                    notifications.notify(new NotifyCmd(pending, NotificationTemplates.AGREEMENT_UPDATE,
                            AgreementService.model("REMINDER", a.getTitle(), null, String.valueOf(a.getCurrentVersion()), null),
                            AgreementService.link(a)));
                }
            }
            return due.size();
        });
        return n == null ? 0 : n;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For tests: the same job on another clock. */
    AgreementDeadlines on(Clock other) {
        return new AgreementDeadlines(reviews, agreements, approvals, trail, notifications, transactions, reviewReminderBefore,
                approvalReminderAfter, other);
    }
}
