package org.crossfield.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications: an in-app notification centre per person, and e-mail through the transactional outbox
 * (docs/adr/0007).
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** Recipients of one {@link #notify(NotifyCmd)}: a bigger audience is a mailing, not a notification. */
    public static final int MAX_RECIPIENTS = 1000;
    /** The largest page {@link #myNotifications(Pageable)} returns. */
    public static final int MAX_PAGE_SIZE = 200;
    /** The route of the notification centre: where a mail without its own link points. */
    public static final String CENTRE_ROUTE = "notifications";

    private static final int MAX_LINK = 500;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern UNSAFE_IN_ROUTE = Pattern.compile("[\\s\\\\<>\"]|\\.\\.");

    private final InAppNotificationRepository notifications;
    private final OutboxMailRepository outbox;
    private final Recipients recipients;
    private final MailRenderer renderer;
    private final Clock clock;
    private final String baseUrl;

    NotificationService(InAppNotificationRepository notifications, OutboxMailRepository outbox, Recipients recipients,
                        MailRenderer renderer, ObjectProvider<Clock> clock,
                        @Value("${crossfield.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.recipients = recipients;
        this.renderer = renderer;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.baseUrl = checkedBaseUrl(baseUrl);
    }

    /**
     * Tells each recipient about something: an in-app notification and an e-mail in the outbox, both rendered from
     * {@code cmd.template()} in the recipient's language ({@code app_user.locale}; English when Crossfield has no
     * texts in it). The subject is the notification's title.
     *
     * <p><b>Transaction:</b> joins the caller's transaction ({@code REQUIRED}), so the notifications and mails exist
     * exactly when the caller's change commits, and a rollback takes them back; the mail is sent afterwards by the
     * outbox sender. Called from a read-only transaction it refuses (the writes would be lost); without a
     * transaction it runs in its own.
     *
     * <p><b>Security:</b> any authenticated caller may notify anyone: this method is for other features' services,
     * which decide who is told what after their own {@code @PreAuthorize} checks. Never let a person choose the
     * recipients or the model directly (no view or API endpoint passes user input straight through). Background jobs
     * must run with an authenticated identity.
     *
     * @throws InvalidNotificationException no recipients, an unknown recipient or template, a model the template cannot
     *                                      use, or a link that is not an in-app route; nothing is written
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotifyResult notify(NotifyCmd cmd) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("notify() was called inside a read-only transaction, where its writes would"
                    + " be lost: call it from a @Transactional (read-write) method");
        }
        Request request = validate(cmd);
        Map<Long, Recipients.Recipient> found = recipients.byId(request.recipientIds());
        Set<Long> unknown = new TreeSet<>(request.recipientIds());
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidNotificationException(List.of((unknown.size() == 1 ? "There is no user with id " : "There are no users with ids ")
                    + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "."));
        }
        Instant now = now();
        String mailLink = baseUrl + "/" + (request.link() == null ? CENTRE_ROUTE : request.link());
        List<Long> notificationIds = new ArrayList<>();
        List<Long> mailIds = new ArrayList<>();
        for (Long id : request.recipientIds()) {
            Recipients.Recipient recipient = found.get(id);
            Locale language = MailRenderer.languageOf(recipient.locale());
            RenderedMail mail = renderer.render(request.template(), language, request.model(), recipient.displayName(), mailLink);
            notificationIds.add(notifications.save(new InAppNotification(id, request.template(), mail.subject(),
                    mail.summary(), request.link(), now)).getId());
            mailIds.add(outbox.save(new OutboxMail(id, recipient.email(), language.toLanguageTag(), request.template(),
                    mail, now)).getId());
        }
        return new NotifyResult(List.copyOf(notificationIds), List.copyOf(mailIds));
    }

    /** My notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public Slice<NotificationEntry> myNotifications(Pageable pageable) {
        return notifications.findViews(CurrentUser.require().getId(), bounded(pageable));
    }

    /** How many of my notifications I have not read. */
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(CurrentUser.require().getId());
    }

    /** Marks one of my notifications read (again: no change). Someone else's, or one that does not exist, is refused. */
    @PreAuthorize("isAuthenticated() and @notificationAccess.isMine(#id)")
    @Transactional
    public NotificationEntry markRead(long id) {
        InAppNotification notification = notifications.findById(id).orElseThrow();
        notification.markRead(now());
        return notification.toView();
    }

    /** Marks all my notifications read; says how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.require().getId(), now());
    }

    /** The database keeps microseconds: what is returned right after a write equals what is read later. */
    /**
     * Whole seconds: MySQL Connector/J treats MariaDB 10.x (which announces itself as "5.5.5-10.x") as MySQL 5.5 and
     * drops fractional seconds, so what this service returns must not depend on sub-second precision.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private Request validate(NotifyCmd cmd) {
        if (cmd == null) {
            throw new InvalidNotificationException(List.of("There is nothing to notify: the command is missing."));
        }
        List<String> problems = new ArrayList<>();
        List<Long> ids = cmd.recipientUserIds() == null ? List.of() : cmd.recipientUserIds();
        if (ids.isEmpty()) {
            problems.add("A notification needs at least one recipient.");
        } else if (ids.stream().anyMatch(Objects::isNull)) {
            problems.add("A recipient user id is missing (null).");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        distinct.remove(null);
        if (distinct.size() > MAX_RECIPIENTS) {
            problems.add("At most " + MAX_RECIPIENTS + " people can be notified at once, not " + distinct.size() + ".");
        }
        Map<String, Object> model = cmd.model() == null ? Map.of() : new LinkedHashMap<>(cmd.model());
        if (cmd.template() == null || cmd.template().isBlank()) {
            problems.add("A notification needs a template; the templates are " + String.join(", ", NotificationTemplates.names()) + ".");
        } else {
            problems.addAll(NotificationTemplates.problems(cmd.template(), model));
        }
        String link = cmd.link() == null || cmd.link().isBlank() ? null : cmd.link().strip();
        if (link != null) {
            if (link.startsWith("/") && !link.startsWith("//")) {
                link = link.substring(1);
            }
            if (link.length() > MAX_LINK || link.startsWith("/") || SCHEME.matcher(link).find()
                    || UNSAFE_IN_ROUTE.matcher(link).find()) {
                problems.add("The link \"" + Text.shorten(cmd.link(), 80) + "\" must be an in-app route such as"
                        + " \"matching/proposals/12\": no scheme, host, spaces or \"..\", at most " + MAX_LINK + " characters.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        return new Request(List.copyOf(distinct), cmd.template(), model, link);
    }

    private static Pageable bounded(Pageable pageable) {
        if (pageable == null || pageable.isUnpaged()) {
            return PageRequest.of(0, 50);
        }
        return pageable.getPageSize() > MAX_PAGE_SIZE
                ? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
    }

    private static String checkedBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri = URI.create(url.isEmpty() ? "invalid" : url);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("crossfield.base-url must be the absolute http(s) address people open Crossfield at,"
                    + " e.g. https://crossfield.example.org; it is \"" + baseUrl + "\"");
        }
        return url;
    }

    private record Request(List<Long> recipientIds, String template, Map<String, Object> model, String link) {
    }
}
