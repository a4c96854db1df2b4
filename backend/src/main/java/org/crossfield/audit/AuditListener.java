package org.crossfield.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.crossfield.identity.AccountAction;
import org.crossfield.identity.AccountChangedEvent;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.LoginAccounts;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.audit.ClientAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happened into entries: features' {@link AuditEvent}s and identity's account changes once their
 * transaction has committed (at once when published outside one), sign-ins as Spring Security reports them. Who acted
 * is the person logged in; the address is the current request's ({@link ClientAddress}, set by the web layer), else the
 * one the person signed in from. An entry that cannot be written is logged as an
 * error and does not undo the action, which has already committed.
 */
@Component
class AuditListener {

    private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

    /** Account changes whose history text names no person and is worth keeping in the log. */
    private static final Set<AccountAction> DETAILED = EnumSet.of(AccountAction.ROLES_CHANGED,
            AccountAction.ORGANISATION_CHANGED, AccountAction.APPROVED, AccountAction.DISABLED, AccountAction.ENABLED);

    private final AuditAppender appender;
    private final LoginAccounts logins;

    AuditListener(AuditAppender appender, LoginAccounts logins) {
        this.appender = appender;
        this.logins = logins;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        append(new AuditAppender.Draft(CurrentUser.get().map(CrossfieldUser::getId).orElse(null), address(auth),
                event.action(), event.objectType(), event.objectId(), event.subjectId(), event.outcome().name(),
                event.details(), event.detailKey(), event.detailArguments()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChangedEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String action = AuditActions.ACCOUNT_PREFIX + event.action().name();
        String person = Long.toString(event.userId());
        String outcome = AuditEvent.Outcome.SUCCESS.name();
        if (!DETAILED.contains(event.action()) || event.detail() == null) {
            append(new AuditAppender.Draft(event.actorId(), address(auth), action, "PERSON", person, event.userId(), outcome, null));
            return;
        }
        List<String> facts = event.facts();
        AuditDetail detail = switch (event.action()) {
            case ROLES_CHANGED -> facts.size() == 3 && AccountChangedEvent.PROGRAMME.equals(facts.get(2))
                    ? AuditDetail.NAMED_COORDINATOR : facts.size() == 2 ? AuditDetail.ROLES_CHANGED : null;
            case ORGANISATION_CHANGED -> facts.size() == 2 ? AuditDetail.ORGANISATION_CHANGED : null;
            case APPROVED -> facts.size() == 1 ? AuditDetail.APPROVED_AS : null;
            default -> null;
        };
        append(detail == null
                // a change whose facts this version cannot word keeps the history's English text
                ? new AuditAppender.Draft(event.actorId(), address(auth), action, "PERSON", person, event.userId(), outcome,
                        event.detail())
                : AuditAppender.Draft.of(event.actorId(), address(auth), action, "PERSON", person, event.userId(), outcome,
                        detail, facts.subList(0, detail.arguments().size()).toArray()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof CrossfieldUser user) {
            append(AuditAppender.Draft.of(user.getId(), address(auth), AuditActions.SIGN_IN, "PERSON",
                    Long.toString(user.getId()), user.getId(), AuditEvent.Outcome.SUCCESS.name(), method(auth)));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        // the account the typed address belongs to; an address without an account is not kept (it may be a typo of
        // someone's real address, or anything at all)
        String key = logins.throttleKey(auth.getName());
        Long account = key.startsWith("account:") ? Long.valueOf(key.substring("account:".length())) : null;
        boolean locked = event.getException() instanceof LockedException;
        append(AuditAppender.Draft.of(null, address(auth), locked ? AuditActions.SIGN_IN_LOCKED : AuditActions.SIGN_IN_FAILED,
                "PERSON", account == null ? null : account.toString(), account,
                (locked ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.FAILURE).name(),
                account == null ? AuditDetail.SIGN_IN_UNKNOWN_ADDRESS : AuditDetail.SIGN_IN_REFUSED, reason(event)));
    }

    /**
     * Appends, running again (at most three times, after a short pause) when the append lost a deadlock, a lock wait or,
     * on Galera, a certification conflict on the chain's head row: appends from several instances meet there.
     */
    private void append(AuditAppender.Draft draft) {
        for (int attempt = 1; ; attempt++) {
            try {
                appender.append(draft);
                return;
            } catch (TransientDataAccessException e) {
                if (attempt >= 3) {
                    log.error("Could not write the audit entry {} on {} {}", draft.action(), draft.objectType(),
                            draft.objectId(), e);
                    return;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Could not write the audit entry {} on {} {}", draft.action(), draft.objectType(), draft.objectId(), e);
                return;
            }
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return event.getException().getClass().getSimpleName();
    }

    private static AuditDetail method(Authentication auth) {
        String type = auth.getClass().getSimpleName();
        return type.startsWith("OAuth2") || type.startsWith("Oidc") ? AuditDetail.SIGNED_IN_INSTITUTIONALLY
                : AuditDetail.SIGNED_IN_WITH_PASSWORD;
    }

    static String address(Authentication auth) {
        Optional<String> current = ClientAddress.current();
        if (current.isPresent()) {
            return current.get();
        }
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
