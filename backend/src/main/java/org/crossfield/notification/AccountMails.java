package org.crossfield.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crossfield.identity.AccountMailRequested;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the account mails identity asks for (invitation, password reset, address confirmation, approval) into the
 * outbox, in the transaction that asked: an e-mail only, no in-app notification, since the person may not be able to
 * log in yet. The link carries a secret token; it lives in the outbox row until the mail is sent.
 */
@Component
class AccountMails {

    private final OutboxMailRepository outbox;
    private final Recipients recipients;
    private final MailRenderer renderer;
    private final java.time.Clock clock;
    private final String baseUrl;

    AccountMails(OutboxMailRepository outbox, Recipients recipients, MailRenderer renderer,
                 ObjectProvider<java.time.Clock> clock, @Value("${crossfield.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.renderer = renderer;
        this.clock = clock.getIfUnique(java.time.Clock::systemUTC);
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    @EventListener
    void on(AccountMailRequested request) {
        Recipients.Recipient recipient = recipients.byId(java.util.List.of(request.userId())).get(request.userId());
        if (recipient == null) {
            throw new InvalidNotificationException(java.util.List.of("There is no user with id " + request.userId() + "."));
        }
        Map<String, Object> model = new LinkedHashMap<>(request.model());
        model.put("event", request.event());
        java.util.List<String> problems = NotificationTemplates.problems(NotificationTemplates.ACCOUNT, model);
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        Locale language = MailRenderer.languageOf(recipient.locale());
        String link = baseUrl + "/" + (request.link() == null ? "" : request.link());
        RenderedMail mail = renderer.render(NotificationTemplates.ACCOUNT, language, model, recipient.displayName(), link);
        outbox.save(new OutboxMail(recipient.id(), recipient.email(), language.toLanguageTag(), NotificationTemplates.ACCOUNT,
                mail, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }
}
