package org.crossfield.identity;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": anyone asks for a reset link by address and always gets the same answer, whether the address has
 * an account or not; the link works once and expires ({@code crossfield.accounts.reset-validity}, one hour by default);
 * after a reset every other session of that person ends.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    /** One reset mail per account per this period, so that the form cannot be used to flood someone's mailbox. */
    static final Duration MAIL_INTERVAL = Duration.ofMinutes(2);

    private final UserAccountRepository users;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Duration validity;
    private final boolean demoMode;

    PasswordResetService(UserAccountRepository users, Accounts accounts, PasswordEncoder passwords,
                         @Value("${crossfield.accounts.reset-validity:1h}") Duration validity,
                         @Value("${crossfield.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.validity = validity;
        this.demoMode = demoMode;
    }

    /**
     * Sends a reset link to the address if it belongs to an active account. Says nothing about whether it does: the
     * caller shows the same message either way.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        users.findByEmailIgnoreCase(email.strip())
                .filter(u -> u.isEnabled() && u.getStatus() == AccountStatus.ACTIVE)
                .filter(u -> demoMode || !u.isDemo())
                .filter(u -> !accounts.recentLink(u.getId(), AccountLink.Purpose.PASSWORD_RESET, MAIL_INTERVAL))
                .ifPresent(u -> {
                    String token = accounts.newLink(u, AccountLink.Purpose.PASSWORD_RESET, null, null, validity);
                    accounts.record(u.getId(), AccountAction.PASSWORD_RESET_REQUESTED, null);
                    accounts.mail(u, "PASSWORD_RESET", "password-reset/" + token,
                            Map.of("expires", validity.toMinutes() + ""));
                });
    }

    /** Whether a reset link can still be used; throws {@link InvalidAccountLinkException} saying why not. */
    @PreAuthorize("permitAll()")
    public String checkLink(String token) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.PASSWORD_RESET);
        return users.findById(link.getUserId()).map(UserAccount::getEmail)
                .orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
    }

    /** Sets the new password, uses up the link and ends every other session; returns the e-mail address to log in with. */
    @PreAuthorize("permitAll()")
    @Transactional
    public String reset(String token, String newPassword) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.PASSWORD_RESET);
        UserAccount user = users.findById(link.getUserId()).orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
        PasswordPolicy.check(newPassword, user.getEmail(), user.getDisplayName());
        link.use(accounts.now());
        user.setPassword(passwords.encode(newPassword));
        accounts.record(user.getId(), AccountAction.PASSWORD_RESET, null);
        return user.getEmail();
    }
}
