package org.crossfield.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxAccountFailures} failed logins for one account, or
 * {@code maxAddressFailures} from one address, within {@code window}, further attempts are refused for
 * {@code lockDuration}. Counters live in memory (one application instance; see docs/operations.md).
 */
public class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxAccountFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxAccountFailures, int maxAddressFailures, Duration window, Duration lockDuration) {
        if (maxAccountFailures < 1 || maxAddressFailures < 1 || window.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("Login throttle limits must be positive");
        }
        this.clock = clock;
        this.maxAccountFailures = maxAccountFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** How long logins for this account or from this address stay refused; empty when they are allowed. */
    public Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts.get(key(account)), now),
                address == null ? null : lockedUntil(addresses.get(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        accounts.compute(key(account), (k, c) -> next(c, now, maxAccountFailures));
        if (address != null) {
            addresses.compute(address, (k, c) -> next(c, now, maxAddressFailures));
        }
        if (accounts.size() > PRUNE_ABOVE || addresses.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    /** A successful login clears the account's failures (not the address's: one good password must not unlock a spray). */
    public void recordSuccess(String account) {
        accounts.remove(key(account));
    }

    private Counter next(Counter current, Instant now, int max) {
        Counter c = current == null || current.windowStart.plus(window).isBefore(now)
                ? new Counter(now, 0, null) : current;
        if (c.lockedUntil != null && c.lockedUntil.isAfter(now)) {
            return c;
        }
        int failures = c.failures + 1;
        return failures >= max
                ? new Counter(now, 0, now.plus(lockDuration))
                : new Counter(c.windowStart, failures, null);
    }

    private void prune(Instant now) {
        accounts.values().removeIf(c -> stale(c, now));
        addresses.values().removeIf(c -> stale(c, now));
    }

    private boolean stale(Counter c, Instant now) {
        return c.windowStart.plus(window).isBefore(now) && (c.lockedUntil == null || c.lockedUntil.isBefore(now));
    }

    private static Instant lockedUntil(Counter c, Instant now) {
        return c != null && c.lockedUntil != null && c.lockedUntil.isAfter(now) ? c.lockedUntil : null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private record Counter(Instant windowStart, int failures, Instant lockedUntil) {
    }
}
