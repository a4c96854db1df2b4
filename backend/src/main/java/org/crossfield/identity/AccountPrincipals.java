package org.crossfield.identity;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person as the principal a login makes, for background work that must act with exactly that person's rights (the
 * webhook sender asks the features' own services whether the subscriber may see an object, the same rules as the
 * screens). Only accounts that may sign in: active, enabled, and demo accounts only in demo mode. Not a service with
 * {@code @PreAuthorize}: it runs before anyone is logged in, like {@link ApiTokens}.
 */
@Component
public class AccountPrincipals {

    private final UserAccountRepository users;
    private final boolean demoMode;

    AccountPrincipals(UserAccountRepository users, @Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.demoMode = demoMode;
    }

    /** The person with their current roles and organisation, without credentials; empty when they may not sign in. */
    @Transactional(readOnly = true)
    public Optional<CrossfieldUser> active(long userId) {
        return users.findById(userId)
                .filter(u -> demoMode || !u.isDemo())
                .filter(u -> u.getStatus() == AccountStatus.ACTIVE && u.isEnabled())
                .map(u -> {
                    CrossfieldUser user = CrossfieldUserDetailsService.principal(u);
                    user.eraseCredentials();
                    return user;
                });
    }
}
