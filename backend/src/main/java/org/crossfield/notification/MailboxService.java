package org.crossfield.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of outgoing mail: the outbox, each mail as sent (in demo mode without an SMTP server the
 * mails are captured here instead of sent), and sending again what failed.
 */
@Service
@Transactional(readOnly = true)
public class MailboxService {

    public static final int MAX_PAGE_SIZE = 200;

    private final OutboxMailRepository mails;
    private final OutboxSender sender;
    private final Clock clock;

    MailboxService(OutboxMailRepository mails, OutboxSender sender, ObjectProvider<Clock> clock) {
        this.mails = mails;
        this.sender = sender;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The outbox, newest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Slice<OutboxMailSummary> outbox(Pageable pageable) {
        Pageable page = pageable == null || pageable.isUnpaged() ? PageRequest.of(0, 50)
                : pageable.getPageSize() > MAX_PAGE_SIZE ? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE) : pageable;
        return mails.findViews(page);
    }

    /** One mail with its text and HTML bodies. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public OutboxMailContent mail(long id) {
        return mails.findById(id).map(OutboxMail::toContent).orElseThrow(() -> new OutboxMailNotFoundException(id));
    }

    /** How mail leaves this installation and how many mails are in each state. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public MailboxSummary summary() {
        long[] byStatus = new long[MailStatus.values().length];
        for (Object[] row : mails.countByStatus()) {
            byStatus[((MailStatus) row[0]).ordinal()] = (Long) row[1];
        }
        return new MailboxSummary(sender.delivery(), byStatus[MailStatus.PENDING.ordinal()],
                byStatus[MailStatus.SENDING.ordinal()], byStatus[MailStatus.SENT.ordinal()], byStatus[MailStatus.FAILED.ordinal()]);
    }

    /**
     * Sends every pending mail now, without waiting for its back-off (e.g. after the SMTP server is back). Runs outside
     * any transaction: the sender commits each step itself.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SendReport sendPendingNow() {
        return sender.sendAllPendingNow();
    }

    /** Puts a FAILED mail back into the outbox with a fresh set of attempts. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public OutboxMailSummary retry(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new OutboxMailNotFoundException(id));
        mail.requeue(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return mail.toView();
    }
}
