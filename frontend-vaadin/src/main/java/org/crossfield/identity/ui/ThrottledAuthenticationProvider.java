package org.crossfield.identity.ui;

import org.crossfield.i18n.Translatable;
import org.crossfield.identity.LoginAccounts;
import org.crossfield.identity.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login that refuses further attempts for a while after repeated failures per account or per address. Failures
 * count against the account the typed address resolves to (look-alike spellings that log into one account share its
 * lock), or against the normalised address when there is no such account.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAccounts accounts;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    LoginAccounts accounts) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = accounts.throttleKey(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.lockedFor(account, address).ifPresent(wait -> {
            throw locked(Math.max(1, (wait.toSeconds() + 59) / 60));
        });
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(account);
            return result;
        } catch (BadCredentialsException | org.springframework.security.authentication.DisabledException e) {
            throttle.recordFailure(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Logins refused for a while. A plain {@link LockedException} (Spring's event publisher maps exception classes by
     * name, and the audit log's SIGN_IN_LOCKED and the sign-in metrics follow that event); its cause says for how long,
     * so the login page can say it in the person's language.
     */
    static LockedException locked(long minutes) {
        LoginLocked why = new LoginLocked(minutes);
        return new LockedException(why.getMessage(), why);
    }

    /** How long logins are refused, as a translatable text ({@code login.locked.message}). */
    static final class LoginLocked extends RuntimeException implements Translatable {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final long minutes;

        LoginLocked(long minutes) {
            super("Too many failed logins. Try again in " + (minutes == 1 ? "1 minute" : minutes + " minutes") + ".");
            this.minutes = minutes;
        }

        @Override
        public String messageKey() {
            return "login.locked.message";
        }

        @Override
        public Object[] messageArguments() {
            return new Object[] {minutes};
        }
    }
}
