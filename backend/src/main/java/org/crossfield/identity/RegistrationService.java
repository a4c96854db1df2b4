package org.crossfield.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration, off unless the operator switches it on ({@code crossfield.accounts.self-registration=true}): a
 * person gives name, work address and the role they need; the address's domain must belong to an active organisation;
 * a single-use link ({@code crossfield.accounts.confirmation-validity}, two days by default) confirms the address and
 * sets the password, and the account then waits for approval by the organisation's coordinator or an administrator.
 *
 * <p>The answer never tells whether an address has an account (docs/adr/0021): an address that has one gets an e-mail
 * saying so instead of a confirmation link, and the form shows the same page either way.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    /** The roles a person may ask for; coordinators and administrators are only ever appointed. */
    public static final List<String> REQUESTABLE_ROLES = List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);

    /** At most one mail per account per this period, so that the form cannot flood someone's mailbox. */
    static final Duration MAIL_INTERVAL = Duration.ofMinutes(2);

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UserAccountRepository users;
    private final AddressOrganisations organisations;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final boolean open;
    private final Duration validity;
    private final boolean demoMode;
    /** When an existing account was last told that someone tried to register with its address (per instance). */
    private final Map<Long, Instant> toldExisting = new ConcurrentHashMap<>();

    RegistrationService(UserAccountRepository users, AddressOrganisations organisations, Accounts accounts,
                        PasswordEncoder passwords,
                        @Value("${crossfield.accounts.self-registration:false}") boolean open,
                        @Value("${crossfield.accounts.confirmation-validity:2d}") Duration validity,
                        @Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.open = open;
        this.validity = validity;
        this.demoMode = demoMode;
    }

    /** Whether this installation takes registrations (the login page links to the form only then). */
    @PreAuthorize("permitAll()")
    public boolean isOpen() {
        return open;
    }

    /**
     * Registers a person, or tells the owner of an address that already has an account; the caller shows the same
     * message either way. Refuses bad input, a role one cannot ask for, an address outside the organisations' domains,
     * and any registration while registration is off.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(RegistrationCmd cmd) {
        if (!open) {
            throw new InvalidAccountException("identity.register.closed.text", "Crossfield does not take registrations here."
                    + " Ask the coordinator of your programme for an invitation.");
        }
        if (cmd == null) {
            throw new InvalidAccountException("identity.error.register-empty", "Enter your name, e-mail address and the role you need.");
        }
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String name = check(problems, () -> Accounts.displayName(cmd.displayName()));
        String email = check(problems, () -> Accounts.normaliseEmail(cmd.email()));
        String language = check(problems, () -> Accounts.language(cmd.language()));
        String role = check(problems, () -> requestable(cmd.requestedRole()));
        Organisation organisation = null;
        if (email != null) {
            organisation = organisations.of(email).orElse(null);
            if (organisation == null) {
                problems.add(new InvalidAccountException.Problem("identity.error.register-domain", "Registration is open to"
                        + " people of the organisations taking part in Crossfield, with their work address; "
                        + Accounts.domainOf(email) + " is not one of their domains. Use your work address, or ask your"
                        + " coordinator for an invitation.", Accounts.domainOf(email)));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        UserAccount existing = users.findByEmailIgnoreCase(email).orElse(null);
        if (existing == null) {
            UserAccount user = users.save(new UserAccount(email, name, organisation, language, AccountStatus.UNCONFIRMED,
                    accounts.now()));
            user.requestRole(role);
            accounts.record(user.getId(), AccountAction.REGISTERED, AccountDetail.ROLES_AT, List.of(role, organisation.getName()));
            sendConfirmation(user);
        } else if (existing.getStatus() == AccountStatus.UNCONFIRMED) {
            // registered before and never confirmed: the newest details count, and a fresh link replaces the old one
            existing.setDisplayName(name);
            existing.setLocale(language);
            existing.setOrganisation(organisation);
            existing.requestRole(role);
            if (!accounts.recentLink(existing.getId(), AccountLink.Purpose.EMAIL_CONFIRMATION, MAIL_INTERVAL)) {
                sendConfirmation(existing);
            }
        } else if (existing.isEnabled() && (demoMode || !existing.isDemo()) && mayTell(existing.getId())) {
            accounts.mail(existing, "ALREADY_REGISTERED", "login", Map.of());
        }
    }

    /** The registration behind a confirmation link; throws {@link InvalidAccountLinkException} saying why it cannot be used. */
    @PreAuthorize("permitAll()")
    public PendingRegistration confirmation(String token) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.EMAIL_CONFIRMATION);
        UserAccount user = unconfirmed(link);
        return summary(user, link.getExpiresAt());
    }

    /**
     * Confirms the address with the password the person chose: the link is used up and the requested role waits for
     * approval. Works for links sent before registration was switched off.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public PendingRegistration confirm(String token, String password) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.EMAIL_CONFIRMATION);
        UserAccount user = unconfirmed(link);
        PasswordPolicy.check(password, user.getEmail(), user.getDisplayName());
        link.use(accounts.now());
        user.confirmAddress(passwords.encode(password));
        accounts.record(user.getId(), AccountAction.ADDRESS_CONFIRMED, null);
        return summary(user, null);
    }

    static String requestable(String role) {
        if (role == null || role.isBlank()) {
            throw new InvalidAccountException("identity.error.role-missing", "Choose the role you need: student, supervisor, mentor"
                    + " or partner.");
        }
        String r = role.strip().toUpperCase(java.util.Locale.ROOT);
        if (!REQUESTABLE_ROLES.contains(r)) {
            throw new InvalidAccountException("identity.error.role-not-requestable", "You can ask for the role of student,"
                    + " supervisor, mentor or partner; coordinators and administrators are appointed by an administrator.");
        }
        return r;
    }

    static PendingRegistration summary(UserAccount user, Instant expires) {
        return new PendingRegistration(user.getEmail(), user.getDisplayName(),
                user.getOrganisation() == null ? null : user.getOrganisation().getName(), user.getRequestedRole(), expires);
    }

    private void sendConfirmation(UserAccount user) {
        String token = accounts.newLink(user, AccountLink.Purpose.EMAIL_CONFIRMATION, null, null, validity);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisationName", user.getOrganisation().getName());
        model.put("expires", EXPIRY.format(accounts.now().plus(validity)));
        accounts.mail(user, "CONFIRM_ADDRESS", "register/confirm/" + token, model);
    }

    private UserAccount unconfirmed(AccountLink link) {
        UserAccount user = users.findById(link.getUserId())
                .orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
        if (user.getStatus() != AccountStatus.UNCONFIRMED) {
            throw new InvalidAccountLinkException(LinkProblem.USED);
        }
        return user;
    }

    private boolean mayTell(long userId) {
        Instant now = accounts.now();
        Instant last = toldExisting.get(userId);
        if (last != null && last.plus(MAIL_INTERVAL).isAfter(now)) {
            return false;
        }
        if (toldExisting.size() > 10_000) {
            toldExisting.clear();
        }
        toldExisting.put(userId, now);
        return true;
    }

    private static <T> T check(List<InvalidAccountException.Problem> problems, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidAccountException e) {
            problems.addAll(e.keyedProblems());
            return null;
        }
    }
}
