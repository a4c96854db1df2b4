package org.crossfield.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret of my private calendar feed (issue 14). Like a personal access token it stands for its person, so identity
 * keeps it, and only its SHA-256: the feed's address is shown once, when it is made or reset. Resetting makes a new
 * secret and the old address stops working at once (someone who saw it sees nothing more). The feed itself is read
 * through {@link CalendarFeeds}, before anyone is logged in.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    /** Recognisable by people and secret scanners, like {@code cfp_} for API tokens. */
    public static final String SECRET_PREFIX = "cfc_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CalendarFeedService(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** When my current feed secret was made; empty when I have none yet. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myFeedSince() {
        return jdbc.query("select created_at from calendar_feed where user_id = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), CurrentUser.require().getId()).stream().findFirst();
    }

    /** Makes a new secret for my feed, replacing any earlier one; returns the secret (to be shown once). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String resetMyFeed() {
        long me = CurrentUser.require().getId();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.update("delete from calendar_feed where user_id = ?", me);
        jdbc.update("insert into calendar_feed (user_id, secret_hash, created_at) values (?, ?, ?)", me,
                ApiTokenService.hash(secret), now);
        return secret;
    }
}
