package org.crossfield.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossfield.i18n.SupportedLanguages;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the account services share: addresses checked and normalised, single-use links made and redeemed, changes
 * recorded, account mails requested. Package-private: the services are the way in.
 */
@Component
class Accounts {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@.]{2,}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final AccountLinkRepository links;
    private final AccountEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Accounts(UserAccountRepository users, AccountLinkRepository links, AccountEventRepository events,
             ApplicationEventPublisher publisher, ObjectProvider<Clock> clock) {
        this.users = users;
        this.links = links;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A well-formed address in its stored form (trimmed, lower case, compatibility-normalised), or a clear refusal. */
    static String normaliseEmail(String email) {
        String e = email == null ? "" : Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (e.isEmpty()) {
            throw new InvalidAccountException("identity.error.email-missing", "Enter an e-mail address.");
        }
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new InvalidAccountException("identity.error.email-invalid", "\"" + shorten(email.strip())
                    + "\" is not a valid e-mail address.", shorten(email.strip()));
        }
        return e;
    }

    static boolean isWellFormedEmail(String email) {
        try {
            normaliseEmail(email);
            return true;
        } catch (InvalidAccountException e) {
            return false;
        }
    }

    static String domainOf(String normalisedEmail) {
        return normalisedEmail.substring(normalisedEmail.indexOf('@') + 1);
    }

    /** Refuses an address some account already has (compared as the database compares logins). */
    void requireUnused(String normalisedEmail) {
        if (users.findByEmailIgnoreCase(normalisedEmail).isPresent()) {
            throw new InvalidAccountException("identity.error.email-taken", "An account with the address " + normalisedEmail
                    + " already exists.", normalisedEmail);
        }
    }

    static String displayName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new InvalidAccountException("identity.error.name-missing", "Enter the person's name.");
        }
        if (n.length() > 120) {
            throw new InvalidAccountException("identity.error.name-too-long", "The name is too long: at most 120 characters.", 120);
        }
        return n;
    }

    static String language(String locale) {
        String l = locale == null || locale.isBlank() ? "en" : locale.strip().toLowerCase(Locale.ROOT);
        if (!SupportedLanguages.isSupported(l)) {
            throw new InvalidAccountException("identity.error.language", "Choose English, German, French or Dutch.");
        }
        return l;
    }

    /** Makes a single-use link; returns the secret that goes into the e-mail (only its hash is stored). */
    String newLink(UserAccount user, AccountLink.Purpose purpose, Set<String> roles, Long createdBy, Duration validity) {
        Instant now = now();
        links.findOpen(user.getId(), purpose).forEach(l -> l.retire(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        links.save(new AccountLink(user.getId(), purpose, hash(token), roles, createdBy, now, now.plus(validity)));
        return token;
    }

    /** The link behind a token, whatever its state; {@link LinkProblem#UNKNOWN} when there is none for this purpose. */
    AccountLink link(String token, AccountLink.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidAccountLinkException(LinkProblem.UNKNOWN);
        }
        return links.findByTokenHash(hash(token.strip()))
                .filter(l -> l.getPurpose() == purpose)
                .orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
    }

    /** A link that can be used now, or the reason it cannot. */
    AccountLink usableLink(String token, AccountLink.Purpose purpose) {
        AccountLink link = link(token, purpose);
        LinkProblem problem = link.problemAt(now());
        if (problem != null) {
            throw new InvalidAccountLinkException(problem);
        }
        return link;
    }

    /** The roles the newest open invitation of this person grants. */
    Set<String> openInvitationRoles(long userId) {
        return links.findOpen(userId, AccountLink.Purpose.INVITATION).stream()
                .max(java.util.Comparator.comparing(AccountLink::getCreatedAt))
                .map(AccountLink::getRoles).orElse(Set.of());
    }

    Optional<Instant> latestExpiry(long userId, AccountLink.Purpose purpose) {
        return links.latestExpiry(userId, purpose);
    }

    boolean recentLink(long userId, AccountLink.Purpose purpose, Duration within) {
        return links.countSince(userId, purpose, now().minus(within)) > 0;
    }

    void record(long userId, AccountAction action, String detail) {
        record(userId, action, detail, List.of());
    }

    /** Records the change with its detail's facts ({@link AccountChangedEvent#facts()}). */
    void record(long userId, AccountAction action, String detail, List<String> facts) {
        record(userId, action, detail, null, List.of(), facts);
    }

    /** Records the change with a detail worded in the reader's language from these arguments (English kept beside). */
    void record(long userId, AccountAction action, AccountDetail detail, List<String> arguments) {
        record(userId, action, detail, arguments, List.of());
    }

    void record(long userId, AccountAction action, AccountDetail detail, List<String> arguments, List<String> facts) {
        record(userId, action, detail.english(arguments), detail, arguments, facts);
    }

    private void record(long userId, AccountAction action, String english, AccountDetail detail, List<String> arguments,
                        List<String> facts) {
        Long actor = CurrentUser.get().map(CrossfieldUser::getId).orElse(null);
        events.save(new AccountEvent(userId, actor, action, english, detail, arguments, now()));
        publisher.publishEvent(new AccountChangedEvent(userId, actor, action, english, facts));
    }

    void mail(UserAccount user, String event, String link, Map<String, Object> model) {
        publisher.publishEvent(new AccountMailRequested(user.getId(), event, link, model));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
