package org.crossfield.identity;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the login needs besides the password check: the key a failed login is counted under, and whether a session is
 * still valid. Used before anyone is authenticated (or for every request), so no method security here; nothing it
 * returns tells a caller whether an address has an account.
 */
@Component
public class LoginAccounts {

    private final JdbcTemplate jdbc;

    LoginAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The key that failed logins for a typed address count under: the account that the address resolves to (as the
     * login's look-up resolves it, under the database's accent- and width-insensitive comparison), so that look-alike
     * spellings of one address share one lock; the normalised address when no account matches.
     */
    public String throttleKey(String typedAddress) {
        String typed = typedAddress == null ? "" : typedAddress.strip();
        if (!typed.isEmpty() && typed.length() <= 254) {
            Long id = jdbc.query("select id from app_user where email = ? limit 1",
                    rs -> rs.next() ? rs.getLong(1) : null, typed);
            if (id != null) {
                return "account:" + id;
            }
        }
        return "address:" + normalise(typed);
    }

    /** The session of this person, started at {@code sessionEpoch}, may go on: the account is enabled and was not reset since. */
    public boolean sessionIsCurrent(long userId, long sessionEpoch) {
        Boolean current = jdbc.query("select enabled, session_epoch, status from app_user where id = ?",
                rs -> rs.next() && rs.getBoolean(1) && rs.getLong(2) == sessionEpoch
                        && AccountStatus.ACTIVE.name().equals(rs.getString(3)), userId);
        return Boolean.TRUE.equals(current);
    }

    /** Width-folded (NFKC), accents removed, lower case: how the database compares addresses. */
    static String normalise(String address) {
        String folded = Normalizer.normalize(address, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
