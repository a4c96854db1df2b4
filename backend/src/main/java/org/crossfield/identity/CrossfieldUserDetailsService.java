package org.crossfield.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads people for login. Demo accounts exist only in demo mode, and only log in there; only active accounts with a
 * password log in (not invited, unconfirmed or pending ones).
 */
@Service
@Transactional(readOnly = true)
class CrossfieldUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final boolean demoMode;

    CrossfieldUserDetailsService(UserAccountRepository users, @Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.demoMode = demoMode;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        UserAccount user = users.findByEmailIgnoreCase(email.strip())
                .filter(u -> demoMode || !u.isDemo())
                .filter(u -> u.getPasswordHash() != null)
                .filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(user);
    }

    /** The account as the principal of a session (password and institutional sign-in alike). */
    static CrossfieldUser principal(UserAccount user) {
        Organisation organisation = user.getOrganisation();
        return new CrossfieldUser(user.getId(), user.getEmail(), user.getDisplayName(),
                organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getName(),
                user.getRoles(), user.getLocale(), user.isEnabled(), user.getPasswordHash(), user.getSessionEpoch());
    }
}
