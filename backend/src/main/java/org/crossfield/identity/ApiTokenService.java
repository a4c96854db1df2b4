package org.crossfield.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's personal access tokens for the REST API (the page {@code /account/api-tokens}): make one (shown once,
 * kept only as its SHA-256), list them with when each was last used, revoke one. See docs/adr/0045-api-token-design.md.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    /** Tokens start with this, so that secret scanners and people recognise them. */
    public static final String TOKEN_PREFIX = "cfp_";
    public static final int MAX_NAME = 100;
    public static final int MAX_DAYS = 366;
    /** Active tokens a person may hold at once. */
    public static final int MAX_ACTIVE = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, name, token_prefix, scopes, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokenService(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** My tokens, newest first (revoked and expired ones too, at most 200). */
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> myTokens() {
        return jdbc.query("select " + COLUMNS + " from api_token where user_id = ? order by id desc limit 200",
                ApiTokenService::summary, CurrentUser.require().getId());
    }

    /** Makes a token for the person logged in; refused with every problem listed when the input is wrong. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewApiToken create(CreateApiTokenCmd cmd) {
        CrossfieldUser me = CurrentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String name = cmd == null || cmd.name() == null ? "" : cmd.name().strip();
        if (name.isEmpty()) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.name-missing",
                    "Give the token a name, e.g. the system that will use it."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.name-too-long",
                    "The name has more than " + MAX_NAME + " characters.", MAX_NAME));
        }
        LocalDate expiresOn = cmd == null ? null : cmd.expiresOn();
        if (expiresOn == null) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.last-day-missing",
                    "Choose the last day the token works."));
        } else if (!expiresOn.isAfter(today.minusDays(1))) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.last-day-past",
                    "The last day " + expiresOn + " is in the past.", expiresOn.toString()));
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.last-day-too-late",
                    "A token works for at most a year: choose a day until " + today.plusDays(MAX_DAYS) + ".",
                    today.plusDays(MAX_DAYS).toString()));
        }
        Set<ApiTokenScope> scopes = normalised(cmd == null ? null : cmd.scopes());
        if (scopes.isEmpty()) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.scopes-missing",
                    "Choose what the token may do: read, write or both, in every area or in chosen ones."));
        }
        Integer active = jdbc.queryForObject("select count(*) from api_token where user_id = ? and revoked_at is null"
                + " and expires_at > ?", Integer.class, me.getId(), Timestamp.from(now));
        if (active != null && active >= MAX_ACTIVE) {
            problems.add(new InvalidAccountException.Problem("identity.tokens.error.too-many",
                    "You have " + active + " tokens that still work; revoke one you no longer need first.", active));
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, TOKEN_PREFIX.length() + 6);
        // the token works until the end of its last day (UTC)
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into api_token (user_id, name, token_hash, token_prefix, scopes,"
                    + " created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, me.getId());
            insert.setString(2, name);
            insert.setString(3, hash(token));
            insert.setString(4, prefix);
            insert.setString(5, column(scopes));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, Timestamp.from(expiresAt));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        return new NewApiToken(token, new ApiTokenSummary(id, name, prefix, scopes, now, expiresAt, null, null));
    }

    /** Revokes one of my tokens at once; revoking a revoked token changes nothing. */
    @PreAuthorize("@apiTokenAccess.owns(#tokenId)")
    @Transactional
    public ApiTokenSummary revoke(long tokenId) {
        jdbc.update("update api_token set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), tokenId);
        return jdbc.queryForObject("select " + COLUMNS + " from api_token where id = ?", ApiTokenService::summary, tokenId);
    }

    /** The SHA-256 of a token, hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scopes of the column {@code scopes}: their API names, comma-separated ({@code read,postings:write}); the first
     * tokens' {@code READ,WRITE} read as {@code read,write}. A name this version does not know grants nothing.
     */
    static SortedSet<ApiTokenScope> scopes(String column) {
        return normalised(Arrays.stream(column.split(",")).map(ApiTokenScope::parse).flatMap(Optional::stream).toList());
    }

    /** The column {@code scopes} for these scopes (normalised first). */
    static String column(Collection<ApiTokenScope> scopes) {
        return normalised(scopes).stream().map(ApiTokenScope::apiName).collect(Collectors.joining(","));
    }

    /** The scopes in their order, without an area's scope that an every-area scope already holds. */
    static SortedSet<ApiTokenScope> normalised(Collection<ApiTokenScope> scopes) {
        if (scopes == null) {
            return Collections.emptySortedSet();
        }
        Set<ApiTokenScope> all = scopes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        TreeSet<ApiTokenScope> kept = all.stream().filter(s -> all.stream().noneMatch(s::coveredBy))
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSortedSet(kept);
    }

    private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                scopes(rs.getString("scopes")), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
