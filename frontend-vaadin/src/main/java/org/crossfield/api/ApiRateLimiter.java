package org.crossfield.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-token rate limit of the API: at most {@code crossfield.api.rate-limit.requests} requests (default 120) per
 * {@code crossfield.api.rate-limit.period} (default one minute) and token, in fixed windows. Counted per instance:
 * behind a load balancer with n instances a token may make up to n times as many (docs/api.md).
 */
@Component
class ApiRateLimiter {

    /** Whether a request may go on; {@code retryAfterSeconds} when it may not, {@code remaining} when it may. */
    record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long periodMillis;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    ApiRateLimiter(@Value("${crossfield.api.rate-limit.requests:120}") int limit,
                   @Value("${crossfield.api.rate-limit.period:PT1M}") Duration period, ObjectProvider<Clock> clock) {
        this(limit, period, clock.getIfUnique(Clock::systemUTC));
    }

    ApiRateLimiter(int limit, Duration period, Clock clock) {
        if (limit < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("crossfield.api.rate-limit needs at least one request per positive period");
        }
        this.limit = limit;
        this.periodMillis = period.toMillis();
        this.clock = clock;
    }

    Decision tryAcquire(long tokenId) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, periodMillis);
        Window window = windows.compute(tokenId, (id, w) -> w == null || w.start() != start
                ? new Window(start, 1) : new Window(start, w.count() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().start() != start);
        }
        if (window.count() > limit) {
            long retry = Math.max(1, (start + periodMillis - now + 999) / 1000);
            return new Decision(false, limit, 0, retry);
        }
        return new Decision(true, limit, limit - window.count(), 0);
    }
}
