package org.crossfield.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a calendar feed's secret into its person, for the feed's address (a calendar program sends no login, so this
 * runs before anyone is logged in, like {@link ApiTokens}). Only accounts that may sign in get their feed; the
 * principal is the one a login makes, so the services answer with exactly that person's rights.
 */
@Component
public class CalendarFeeds {

    private static final Duration LAST_READ_PRECISION = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final boolean demoMode;
    private final Clock clock;

    CalendarFeeds(JdbcTemplate jdbc, UserAccountRepository users, @Value("${crossfield.demo.enabled:false}") boolean demoMode,
                  ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.demoMode = demoMode;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    private record Row(long userId, Instant lastReadAt) {
    }

    /** The person whose feed this secret opens; empty for an unknown or replaced secret or an account that may not sign in. */
    @Transactional
    public Optional<CrossfieldUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(CalendarFeedService.SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.query("select user_id, last_read_at from calendar_feed where secret_hash = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()),
                ApiTokenService.hash(secret));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.getFirst();
        Optional<UserAccount> account = users.findById(row.userId())
                .filter(u -> demoMode || !u.isDemo())
                .filter(u -> u.getStatus() == AccountStatus.ACTIVE && u.isEnabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (row.lastReadAt() == null || row.lastReadAt().isBefore(now.minus(LAST_READ_PRECISION))) {
            jdbc.update("update calendar_feed set last_read_at = ? where user_id = ?", Timestamp.from(now), row.userId());
        }
        CrossfieldUser user = CrossfieldUserDetailsService.principal(account.get());
        user.eraseCredentials();
        return Optional.of(user);
    }
}
