package org.crossfield.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the mail outbox (docs/adr/0007): takes due PENDING mails in a short transaction of its own (SENDING,
 * {@code SELECT … FOR UPDATE SKIP LOCKED} so that several senders never take the same mail), sends them, and records
 * the outcome in a second short transaction: SENT, or back to PENDING with exponential back-off, or FAILED after
 * {@code crossfield.mail.max-attempts}.
 *
 * <p>A mail is sent again only when sending it failed, with one exception: when the sender stops between the SMTP
 * server accepting a mail and recording SENT (crash, lost database connection), the mail stays SENDING until its lease
 * ({@code crossfield.mail.sending-timeout}) runs out and is then sent once more. That is the only at-least-once window;
 * the Message-ID stays the same, so receivers can tell.
 *
 * <p>Runs every {@code crossfield.mail.poll-interval} ({@link OutboxSchedule}); tests call {@link #sendDueMails()}.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** A run stops after this many batches and leaves the rest to the next run. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final OutboxMailRepository mails;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> smtp;
    private final OutboxSettings settings;
    private final RetryPolicy policy;
    private final Clock clock;
    private final boolean demo;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final AtomicBoolean holdReported = new AtomicBoolean();

    OutboxSender(OutboxMailRepository mails, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> smtp,
                 OutboxSettings settings, ObjectProvider<Clock> clock,
                 @Value("${crossfield.demo.enabled:false}") boolean demo,
                 @Value("${crossfield.base-url:http://localhost:8080}") String baseUrl) {
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.smtp = smtp;
        this.settings = settings;
        this.policy = settings.retryPolicy();
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.demo = demo;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("crossfield.mail.from is not a valid address: " + settings.from(), e);
        }
        String host = URI.create(baseUrl).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "localhost" : host;
    }

    MailDelivery delivery() {
        if (smtp.getIfAvailable() != null) {
            return MailDelivery.SMTP;
        }
        return demo ? MailDelivery.CAPTURE : MailDelivery.HOLD;
    }

    /** Sends every due mail (within limits: the rest waits for the next run) and says what happened. */
    SendReport sendDueMails() {
        MailDelivery delivery = delivery();
        if (delivery == MailDelivery.HOLD) {
            if (holdReported.compareAndSet(false, true)) {
                log.warn("No SMTP server is configured (spring.mail.host): e-mails wait in the outbox until one is");
            }
            return SendReport.NOTHING;
        }
        SendReport report = recoverExpiredLeases();
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<OutboxMail> claimed = claimDue();
            if (claimed.isEmpty()) {
                break;
            }
            report = report.plus(deliver(claimed, delivery));
        }
        return report;
    }

    /** Pending mails waiting out a back-off become due, then everything due is sent. */
    SendReport sendAllPendingNow() {
        Instant now = now();
        transaction.executeWithoutResult(status -> mails.makePendingDue(now));
        return sendDueMails();
    }

    private SendReport recoverExpiredLeases() {
        Instant now = now();
        Integer recovered = transaction.execute(status -> {
            List<OutboxMail> expired = mails.findAllById(mails.lockExpiredLeases(now, settings.batchSize() * 10));
            expired.forEach(mail -> mail.leaseExpired(policy, now));
            return expired.size();
        });
        if (recovered != null && recovered > 0) {
            log.warn("{} e-mails were still SENDING after {}: their sender stopped; they are sent again", recovered,
                    settings.sendingTimeout());
        }
        return new SendReport(0, 0, 0, 0, recovered == null ? 0 : recovered);
    }

    private List<OutboxMail> claimDue() {
        Instant now = now();
        List<OutboxMail> claimed = transaction.execute(status -> {
            List<OutboxMail> due = mails.findAllById(mails.lockDue(now, settings.batchSize()));
            due.forEach(mail -> mail.claim(now.plus(settings.sendingTimeout())));
            return due;
        });
        return claimed == null ? List.of() : claimed;
    }

    private SendReport deliver(List<OutboxMail> claimed, MailDelivery delivery) {
        Map<Long, Outcome> outcomes = delivery == MailDelivery.CAPTURE ? capture(claimed) : sendBySmtp(claimed);
        return record(claimed, outcomes);
    }

    private Map<Long, Outcome> capture(List<OutboxMail> claimed) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        claimed.forEach(mail -> outcomes.put(mail.getId(), Outcome.sent(MailTransport.CAPTURED)));
        return outcomes;
    }

    private Map<Long, Outcome> sendBySmtp(List<OutboxMail> claimed) {
        JavaMailSender sender = smtp.getObject();
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Map<MimeMessage, OutboxMail> messages = new IdentityHashMap<>();
        for (OutboxMail mail : claimed) {
            try {
                messages.put(toMimeMessage(sender, mail), mail);
            } catch (MessagingException | MailException e) {
                outcomes.put(mail.getId(), Outcome.failed("The mail could not be built: " + describe(e), true));
            }
        }
        if (messages.isEmpty()) {
            return outcomes;
        }
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
            messages.values().forEach(mail -> outcomes.put(mail.getId(), Outcome.sent(MailTransport.SMTP)));
        } catch (MailSendException e) {
            // Only the messages listed failed; the others were accepted by the server. A failure to close the
            // connection after sending them all lists none.
            Map<Object, Exception> failed = e.getFailedMessages();
            messages.forEach((message, mail) -> outcomes.put(mail.getId(), failed.containsKey(message)
                    ? Outcome.failed(describe(failed.get(message)), false)
                    : Outcome.sent(MailTransport.SMTP)));
            logFailures(failed.size(), failed.isEmpty() ? e : failed.values().iterator().next());
        } catch (MailException e) {
            // e.g. the server refused the credentials: nothing was sent
            messages.values().forEach(mail -> outcomes.put(mail.getId(), Outcome.failed(describe(e), false)));
            logFailures(messages.size(), e);
        }
        return outcomes;
    }

    private MimeMessage toMimeMessage(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(mail.getToAddress(), true));
        helper.setSubject(mail.getSubject());
        helper.setSentDate(Date.from(now()));
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        // JavaMailSenderImpl keeps a Message-ID that was set explicitly.
        message.setHeader("Message-ID", mail.messageId(messageIdDomain));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private SendReport record(List<OutboxMail> claimed, Map<Long, Outcome> outcomes) {
        Instant now = now();
        int[] counts = new int[4];
        transaction.executeWithoutResult(status -> {
            for (OutboxMail claim : claimed) {
                Outcome outcome = outcomes.get(claim.getId());
                OutboxMail mail = mails.findById(claim.getId()).orElse(null);
                if (mail == null) {
                    continue; // its recipient was erased meanwhile
                }
                if (outcome.sent()) {
                    mail.sent(outcome.transport(), mail.messageId(messageIdDomain), now);
                    counts[outcome.transport() == MailTransport.SMTP ? 0 : 1]++;
                } else if (mail.getVersion() == claim.getVersion()) {
                    mail.failed(outcome.error(), outcome.permanent(), policy, now);
                    counts[mail.getStatus() == MailStatus.FAILED ? 3 : 2]++;
                } else {
                    // our lease ran out and another sender took the mail over: its result counts, not ours
                    log.warn("Mail {} failed after its lease ran out; leaving it to the sender that took it over", claim.getId());
                }
            }
        });
        return new SendReport(counts[0], counts[1], counts[2], counts[3], 0);
    }

    /** The database keeps microseconds; comparing with what it returns needs the same precision. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private void logFailures(int count, Exception e) {
        log.warn("{} e-mails could not be sent ({}); they are tried again later", count, describe(e));
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                text.append(text.isEmpty() ? "" : ": ").append(t.getMessage());
            }
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text.toString().replaceAll("\\s+", " ").strip();
    }

    private record Outcome(boolean sent, MailTransport transport, String error, boolean permanent) {

        static Outcome sent(MailTransport transport) {
            return new Outcome(true, transport, null, false);
        }

        static Outcome failed(String error, boolean permanent) {
            return new Outcome(false, null, error, permanent);
        }
    }
}
