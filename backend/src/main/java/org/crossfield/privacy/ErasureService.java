package org.crossfield.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crossfield.i18n.Text;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.PersonalAccounts;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (GDPR art. 17). A person asks; an administrator sees what will be erased and what must be kept and
 * why, and carries it out (or declines with a reason). Carrying out runs every feature's {@link PersonalDataHolder} in
 * one transaction, then pseudonymises the account: the name becomes "Former user 4711", the address one under
 * {@code erased.invalid}, and the account never logs in again. Kept rows (signed agreements, reported outcomes) keep
 * pointing to the account's id, so report figures do not change.
 */
@Service
@Transactional(readOnly = true)
public class ErasureService {

    private static final Logger log = LoggerFactory.getLogger(ErasureService.class);
    static final int MAX_LIST = 500;

    private final ErasureRequests requests;
    private final PersonalAccounts accounts;
    private final List<PersonalDataHolder> holders;
    private final ConsentService consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ErasureService(ErasureRequests requests, PersonalAccounts accounts, List<PersonalDataHolder> holders, ConsentService consents,
                   ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.events = events;
        this.requests = requests;
        this.accounts = accounts;
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::kind)).toList();
        this.consents = consents;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The pseudonym that replaces an erased person's name. */
    static String pseudonym(long personId) {
        return "Former user " + personId;
    }

    /** The address that replaces an erased person's address (the reserved top-level domain .invalid never delivers). */
    static String pseudonymEmail(long personId) {
        return "former-user-" + personId + "@erased.invalid";
    }

    /** The current person asks for erasure of their account; asking again while a request is open returns that one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ErasureRequestSummary request() {
        long me = CurrentUser.require().getId();
        Optional<ErasureRequestSummary> open = requests.openOf(me);
        if (open.isPresent()) {
            return open.get();
        }
        long id = requests.insert(me, clock.instant());
        log.info("Person {} asked for erasure (request {})", me, id);
        events.publishEvent(new ErasureRequestedEvent(id, me));
        events.publishEvent(AuditEvent.of(AuditActions.ERASURE_REQUESTED, "ERASURE_REQUEST", id).about(me));
        return requests.find(id).orElseThrow();
    }

    /** The current person's open request, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ErasureRequestSummary> myOpenRequest() {
        return requests.openOf(CurrentUser.require().getId());
    }

    /** The current person withdraws their open request. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancelMyRequest() {
        long me = CurrentUser.require().getId();
        requests.openOf(me).ifPresent(r -> requests.decide(r.id(), ErasureStatus.CANCELLED, me, clock.instant(), null));
    }

    /** Requests waiting for an administrator, oldest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<ErasureRequestSummary> openRequests() {
        return requests.list(ErasureStatus.REQUESTED, MAX_LIST);
    }

    /** Requests carried out or declined, oldest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<ErasureRequestSummary> decidedRequests() {
        List<ErasureRequestSummary> all = new ArrayList<>(requests.list(ErasureStatus.CARRIED_OUT, MAX_LIST));
        all.addAll(requests.list(ErasureStatus.DECLINED, MAX_LIST));
        all.sort(Comparator.comparing(ErasureRequestSummary::requestedAt));
        return all;
    }

    /** What carrying out the request will erase and keep, per kind of data. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public ErasureReview review(long requestId) {
        ErasureRequestSummary request = requests.find(requestId)
                .orElseThrow(() -> new InvalidPrivacyRequestException("privacy.error.no-request", "There is no such request."));
        List<ErasureReview.Section> sections = new ArrayList<>();
        String pseudonym = pseudonym(request.personId());
        sections.add(new ErasureReview.Section("account", List.of(
                new Text("privacy.erasure.account.name", "Name and e-mail address (replaced by \"" + pseudonym + "\")", pseudonym),
                new Text("privacy.erasure.account.sign-in",
                        "Password, ORCID iD, institutional sign-in links, pending invitation and reset links"),
                new Text("privacy.erasure.account.opt-ins", "Optional opt-ins (showcase, optional e-mails) are withdrawn")),
                List.of(new Text("privacy.erasure.account.kept-number",
                                "The account's number and roles, so that kept records still count in past reports"),
                        new Text("privacy.erasure.account.kept-consents",
                                "The record of consents given (proof of what was agreed, GDPR art. 7(1))"),
                        new Text("privacy.erasure.account.no-login", "The person can no longer log in"))));
        for (PersonalDataHolder holder : holders) {
            PersonalDataHolder.ErasurePlan plan = holder.plan(request.personId());
            sections.add(new ErasureReview.Section(holder.kind(), plan.erased(), plan.kept()));
        }
        return new ErasureReview(request, sections);
    }

    /**
     * Carries the request out: every feature erases its part, then the account is pseudonymised. Returns what was done,
     * step by step, as it is stored with the request (English in the note, keys and arguments beside it).
     * An administrator cannot carry out their own request (another administrator does).
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public List<ErasureStep> carryOut(long requestId) {
        long admin = CurrentUser.require().getId();
        ErasureRequestSummary request = requests.find(requestId)
                .orElseThrow(() -> new InvalidPrivacyRequestException("privacy.error.no-request", "There is no such request."));
        if (request.status() != ErasureStatus.REQUESTED) {
            throw new InvalidPrivacyRequestException("privacy.error.decided", "This request has already been decided.");
        }
        if (request.personId() == admin) {
            throw new InvalidPrivacyRequestException("privacy.error.own-request", "Another administrator has to carry out your own request.");
        }
        long personId = request.personId();
        PersonalAccounts.PersonIdentity person = accounts.identity(personId)
                .orElseThrow(() -> new InvalidPrivacyRequestException("privacy.error.no-person", "There is no such person."));
        if (person.status() == AccountStatus.ERASED) {
            throw new InvalidPrivacyRequestException("privacy.error.already-erased", "This account has already been erased.");
        }
        PersonalDataHolder.ErasedPerson erased = new PersonalDataHolder.ErasedPerson(personId, person.displayName(),
                person.email(), pseudonym(personId), pseudonymEmail(personId));
        List<ErasureStep> done = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            holder.erase(erased).forEach(text -> done.add(new ErasureStep(holder.kind(), text)));
        }
        consents.withdrawAll(personId);
        accounts.pseudonymise(personId, erased.pseudonym(), erased.pseudonymEmail());
        done.add(new ErasureStep("account", new Text("privacy.erasure.account.done", "Name and e-mail address replaced by the"
                + " pseudonym; password and sign-in links removed; the account can no longer log in")));
        Instant now = clock.instant();
        String note = String.join("\n", done.stream().map(ErasureStep::english).toList());
        if (!requests.decide(requestId, ErasureStatus.CARRIED_OUT, admin, now, note, done)) {
            throw new InvalidPrivacyRequestException("privacy.error.decided", "This request has already been decided.");
        }
        events.publishEvent(AuditEvent.of(AuditActions.ERASURE_CARRIED_OUT, "ERASURE_REQUEST", requestId).about(personId));
        log.info("Erasure request {} carried out by {}: person {} is now {}", requestId, admin, personId, erased.pseudonym());
        return done;
    }

    /** Declines the request with a reason the person can be told (e.g. a legal obligation to keep the data). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public void decline(long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidPrivacyRequestException("privacy.error.decline-reason", "Give the reason for declining the request.");
        }
        String told = reason.strip().substring(0, Math.min(reason.strip().length(), 2000));
        ErasureRequestSummary request = requests.find(requestId)
                .orElseThrow(() -> new InvalidPrivacyRequestException("privacy.error.no-request", "There is no such request."));
        if (!requests.decide(requestId, ErasureStatus.DECLINED, CurrentUser.require().getId(), clock.instant(), told)) {
            throw new InvalidPrivacyRequestException("privacy.error.decided", "This request has already been decided.");
        }
        events.publishEvent(new ErasureDeclinedEvent(requestId, request.personId(), told));
        events.publishEvent(AuditEvent.of(AuditActions.ERASURE_CARRIED_OUT, "ERASURE_REQUEST", requestId).about(request.personId())
                .withOutcome(AuditEvent.Outcome.DENIED).withDetail(AuditDetail.ERASURE_DECLINED));
    }

    /** The current person's requests, newest first (with the reason of a declined one). */
    @PreAuthorize("isAuthenticated()")
    public List<ErasureRequestSummary> myRequests() {
        return requests.of(CurrentUser.require().getId()).reversed();
    }
}
