package org.crossfield.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "My account": a logged-in person changes their display name, language, ORCID iD and password. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Pattern ORCID = Pattern.compile("^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$");

    private final UserAccountRepository users;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    AccountService(UserAccountRepository users, Accounts accounts, PasswordEncoder passwords) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PreAuthorize("isAuthenticated()")
    public MyAccount me() {
        return view(mine());
    }

    /** Saves name, language and ORCID iD (blank: none); an ORCID iD must be well-formed with a correct check digit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MyAccount updateDetails(String displayName, String language, String orcid) {
        UserAccount me = mine();
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String name = null;
        String lang = null;
        try {
            name = Accounts.displayName(displayName);
        } catch (InvalidAccountException e) {
            problems.add(new InvalidAccountException.Problem("identity.account.name-invalid",
                    "Enter your name (at most 120 characters)."));
        }
        try {
            lang = Accounts.language(language);
        } catch (InvalidAccountException e) {
            problems.addAll(e.keyedProblems());
        }
        String id = normaliseOrcid(orcid);
        if (id != null && !validOrcid(id)) {
            problems.add(new InvalidAccountException.Problem("identity.account.orcid-invalid",
                    "\"" + orcid.strip() + "\" is not an ORCID iD: it looks like 0000-0002-1825-0097.", orcid.strip()));
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        me.setDisplayName(name);
        me.setLocale(lang);
        me.setOrcid(id);
        accounts.record(me.getId(), AccountAction.DETAILS_CHANGED, null);
        return view(users.saveAndFlush(me));
    }

    /** Saves only the language (the one chosen on the login page before logging in becomes the person's setting). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MyAccount chooseLanguage(String language) {
        UserAccount me = mine();
        String lang = Accounts.language(language);
        if (!lang.equals(me.getLocale())) {
            me.setLocale(lang);
            accounts.record(me.getId(), AccountAction.DETAILS_CHANGED, null);
        }
        return view(users.saveAndFlush(me));
    }

    /** Changes the password after checking the current one; other sessions of this person end. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = mine();
        if (me.getPasswordHash() == null || currentPassword == null || !passwords.matches(currentPassword, me.getPasswordHash())) {
            throw new InvalidAccountException("identity.account.current-password-wrong", "Your current password is not correct.");
        }
        PasswordPolicy.check(newPassword, me.getEmail(), me.getDisplayName());
        me.setPassword(passwords.encode(newPassword));
        accounts.record(me.getId(), AccountAction.PASSWORD_CHANGED, null);
    }

    /** The session counter after the change, so that the session that made it stays valid. */
    @PreAuthorize("isAuthenticated()")
    public long mySessionEpoch() {
        return mine().getSessionEpoch();
    }

    static String normaliseOrcid(String orcid) {
        if (orcid == null || orcid.isBlank()) {
            return null;
        }
        String s = orcid.strip().replaceFirst("^(?i)(https?://)?(www\\.)?orcid\\.org/", "").toUpperCase(java.util.Locale.ROOT);
        return s;
    }

    /** ISO 7064 11,2 check digit, as ORCID defines it. */
    static boolean validOrcid(String id) {
        if (!ORCID.matcher(id).matches()) {
            return false;
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char check = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == check;
    }

    private UserAccount mine() {
        return users.findById(CurrentUser.require().getId()).orElseThrow();
    }

    private static MyAccount view(UserAccount u) {
        return new MyAccount(u.getId(), u.getEmail(), u.getDisplayName(), u.getLocale(), u.getOrcid(),
                u.getOrganisation() == null ? null : u.getOrganisation().getName(), List.copyOf(new java.util.TreeSet<>(u.getRoles())),
                u.getVersion());
    }
}
