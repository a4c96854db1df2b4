package org.crossfield.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in through an institution's OpenID Connect provider (docs/adr/0021). The web layer has checked the provider's
 * ID token; this decides who the person is in Crossfield:
 * <ol>
 * <li>an identity (provider and subject) signed in before is the account it was linked to;</li>
 * <li>otherwise an account with the same address, when the provider vouches for the address
 *     ({@code email_verified} is true), is linked to the identity;</li>
 * <li>otherwise the person may ask for an account: they choose the role they need, and a pending account (attached to
 *     the organisation whose domain matches the address, if any) waits for an administrator's or coordinator's
 *     approval.</li>
 * </ol>
 * Only active, enabled accounts get in; demo accounts only in demo mode.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionalSignInService {

    /** How long a person has, after a first sign-in, to ask for an account. */
    static final Duration TICKET_VALIDITY = Duration.ofMinutes(30);
    private static final int MAX_OPEN_TICKETS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final OidcIdentityRepository identities;
    private final AddressOrganisations organisations;
    private final Accounts accounts;
    private final boolean demoMode;
    /** First sign-ins waiting for the person to choose a role; in memory, so they live as long as a login attempt. */
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    private record Ticket(InstitutionalIdentity identity, String email, Instant expires) {
    }

    InstitutionalSignInService(UserAccountRepository users, OidcIdentityRepository identities,
                               AddressOrganisations organisations, Accounts accounts,
                               @Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.identities = identities;
        this.organisations = organisations;
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    /** Who this identity is in Crossfield, and whether they get in. Called while the person is signing in. */
    @PreAuthorize("permitAll()")
    @Transactional
    public InstitutionalSignIn signIn(InstitutionalIdentity identity) {
        String provider = name(identity);
        if (identity == null || blank(identity.provider()) || identity.provider().length() > 64
                || blank(identity.subject()) || identity.subject().length() > 255) {
            return InstitutionalSignIn.refused("identity.institution.no-subject", provider + " did not tell Crossfield who you are. Try again, or log in"
                    + " with your e-mail address and password.", provider);
        }
        Optional<UserAccount> known = identities.findByProviderAndSubject(identity.provider(), identity.subject())
                .flatMap(i -> users.findById(i.getUserId()));
        if (known.isPresent()) {
            return admit(known.get(), provider);
        }
        String email = verifiedEmail(identity);
        if (email == null) {
            return InstitutionalSignIn.refused("identity.institution.no-verified-email", provider + " did not confirm your e-mail address to Crossfield, so"
                    + " Crossfield cannot find or make your account. Log in with your e-mail address and password, or"
                    + " ask your institution's help desk to release your verified address.", provider);
        }
        Optional<UserAccount> sameAddress = users.findByEmailIgnoreCase(email)
                .filter(u -> email.equals(Accounts.normaliseEmail(u.getEmail())))
                .filter(u -> demoMode || !u.isDemo());
        if (sameAddress.isPresent()) {
            UserAccount user = sameAddress.get();
            identities.save(new OidcIdentity(user.getId(), identity.provider(), identity.subject(), accounts.now()));
            accounts.record(user.getId(), AccountAction.INSTITUTION_LINKED, provider);
            return admit(user, provider);
        }
        if (users.findByEmailIgnoreCase(email).isPresent()) {
            // a look-alike of an existing address, or a demo account outside demo mode: neither linked nor duplicated
            return InstitutionalSignIn.refused("identity.institution.look-alike", "Crossfield cannot make an account for " + email
                    + ". Ask an administrator.", email);
        }
        return InstitutionalSignIn.newPerson(newTicket(identity, email));
    }

    /** What a person who signed in for the first time asks an account for; {@link InvalidAccountLinkException} when too late. */
    @PreAuthorize("permitAll()")
    public PendingRegistration firstSignIn(String ticket) {
        Ticket t = ticket(ticket, false);
        return new PendingRegistration(t.email(), displayName(t), organisations.of(t.email()).map(Organisation::getName)
                .orElse(null), null, t.expires());
    }

    /**
     * Makes the pending account of a person who signed in through an institution for the first time, with the role
     * they ask for; it waits for approval. The ticket works once.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public PendingRegistration requestAccess(String ticket, String role, String language) {
        String requested = RegistrationService.requestable(role);
        String lang = Accounts.language(language);
        Ticket t = ticket(ticket, true);
        InstitutionalIdentity identity = t.identity();
        if (users.findByEmailIgnoreCase(t.email()).isPresent()
                || identities.findByProviderAndSubject(identity.provider(), identity.subject()).isPresent()) {
            throw new InvalidAccountException("identity.institution.exists", "Your account exists already: sign in again through "
                    + name(identity) + ".", name(identity));
        }
        Organisation organisation = organisations.of(t.email()).orElse(null);
        UserAccount user = users.save(new UserAccount(t.email(), displayName(t), organisation, lang, AccountStatus.PENDING,
                accounts.now()));
        user.requestRole(requested);
        identities.save(new OidcIdentity(user.getId(), identity.provider(), identity.subject(), accounts.now()));
        accounts.record(user.getId(), AccountAction.REGISTERED, organisation == null
                ? AccountDetail.ROLES_THROUGH : AccountDetail.ROLES_AT_THROUGH, organisation == null
                ? List.of(requested, name(identity)) : List.of(requested, organisation.getName(), name(identity)));
        accounts.record(user.getId(), AccountAction.INSTITUTION_LINKED, name(identity));
        return RegistrationService.summary(user, null);
    }

    private InstitutionalSignIn admit(UserAccount user, String provider) {
        if (!demoMode && user.isDemo()) {
            return InstitutionalSignIn.refused("identity.institution.cannot", "This account cannot sign in here.");
        }
        if (!user.isEnabled()) {
            return InstitutionalSignIn.refused("identity.institution.disabled", "Your account is disabled. Ask an administrator if you think this is a"
                    + " mistake.");
        }
        return switch (user.getStatus()) {
            case ACTIVE -> InstitutionalSignIn.signedIn(CrossfieldUserDetailsService.principal(user));
            case PENDING -> InstitutionalSignIn.refused("identity.institution.pending", "Your account waits for approval by your organisation's"
                    + " coordinator or an administrator. You will get an e-mail when it is approved; then sign in again.");
            case INVITED -> InstitutionalSignIn.refused("identity.institution.invited", "You have been invited to Crossfield: accept the invitation from"
                    + " your e-mail first. After that you can also sign in through " + provider + ".", provider);
            case UNCONFIRMED -> InstitutionalSignIn.refused("identity.institution.unconfirmed", "Confirm your e-mail address with the link Crossfield sent"
                    + " you first. After approval you can also sign in through " + provider + ".", provider);
            case ERASED -> InstitutionalSignIn.refused("identity.institution.cannot", "This account cannot sign in here.");
        };
    }

    private String newTicket(InstitutionalIdentity identity, String email) {
        Instant now = accounts.now();
        tickets.values().removeIf(t -> !t.expires().isAfter(now));
        if (tickets.size() >= MAX_OPEN_TICKETS) {
            tickets.clear();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tickets.put(ticket, new Ticket(identity, email, now.plus(TICKET_VALIDITY)));
        return ticket;
    }

    private Ticket ticket(String ticket, boolean use) {
        Ticket t = ticket == null ? null : use ? tickets.remove(ticket) : tickets.get(ticket);
        if (t == null) {
            throw new InvalidAccountLinkException(LinkProblem.UNKNOWN);
        }
        if (!t.expires().isAfter(accounts.now())) {
            tickets.remove(ticket);
            throw new InvalidAccountLinkException(LinkProblem.EXPIRED);
        }
        return t;
    }

    private static String verifiedEmail(InstitutionalIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null || !Accounts.isWellFormedEmail(identity.email())) {
            return null;
        }
        return Accounts.normaliseEmail(identity.email());
    }

    private static String displayName(Ticket t) {
        try {
            return Accounts.displayName(t.identity().displayName());
        } catch (InvalidAccountException e) {
            return t.email().substring(0, t.email().indexOf('@'));
        }
    }

    private static String name(InstitutionalIdentity identity) {
        return identity == null || blank(identity.providerName())
                ? (identity == null || blank(identity.provider()) ? "Your institution" : identity.provider())
                : identity.providerName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
