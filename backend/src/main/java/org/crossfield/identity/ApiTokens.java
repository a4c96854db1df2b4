package org.crossfield.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into its person, for the REST API's filter chain (before anyone is logged in, so not a
 * service with {@code @PreAuthorize}, like {@link LoginAccounts}). A token lets in only while it is neither revoked
 * nor expired and its account may log in: active, enabled, and a demo account only in demo mode. The principal is the
 * same {@link CrossfieldUser} a login makes, read from the database at every request, so a change of roles counts at
 * once.
 */
@Component
public class ApiTokens {

    /** {@code last_used_at} is written at most this often per token. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final boolean demoMode;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, UserAccountRepository users, @Value("${crossfield.demo.enabled:false}") boolean demoMode,
              ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.demoMode = demoMode;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    private record Row(long id, long userId, String scopes, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    /**
     * The person and scopes of a token.
     *
     * @throws InvalidApiTokenException unknown, revoked or expired tokens and accounts that may not log in
     */
    @Transactional
    public ApiTokenPrincipal authenticate(String token) {
        if (token == null || !token.startsWith(ApiTokenService.TOKEN_PREFIX) || token.length() > 100) {
            throw new InvalidApiTokenException("The bearer token is not a Crossfield token.");
        }
        List<Row> rows = jdbc.query("select id, user_id, scopes, expires_at, revoked_at, last_used_at from api_token"
                + " where token_hash = ?", (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))),
                ApiTokenService.hash(token));
        if (rows.isEmpty()) {
            throw new InvalidApiTokenException("The bearer token is unknown.");
        }
        Row row = rows.getFirst();
        Instant now = clock.instant();
        if (row.revokedAt() != null) {
            throw new InvalidApiTokenException("The bearer token has been revoked.");
        }
        if (!row.expiresAt().isAfter(now)) {
            throw new InvalidApiTokenException("The bearer token has expired.");
        }
        UserAccount account = users.findById(row.userId())
                .filter(u -> demoMode || !u.isDemo())
                .filter(u -> u.getStatus() == AccountStatus.ACTIVE && u.isEnabled())
                .orElseThrow(() -> new InvalidApiTokenException("The account of this token cannot sign in."));
        if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), row.id());
        }
        CrossfieldUser user = CrossfieldUserDetailsService.principal(account);
        user.eraseCredentials();
        return new ApiTokenPrincipal(user, row.id(), ApiTokenService.scopes(row.scopes()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
