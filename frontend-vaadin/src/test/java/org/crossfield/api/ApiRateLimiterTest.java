package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The per-token limit: n requests per window and token, then a wait until the next window. */
class ApiRateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void eachTokenHasItsOwnAllowancePerWindow() {
        ApiRateLimiter limiter = new ApiRateLimiter(3, Duration.ofMinutes(1), clock);
        assertThat(limiter.tryAcquire(1).remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        now.set(now.get().plusSeconds(15));
        ApiRateLimiter.Decision refused = limiter.tryAcquire(1);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(45);
        assertThat(limiter.tryAcquire(2).allowed()).as("another token").isTrue();

        now.set(now.get().plusSeconds(45));
        assertThat(limiter.tryAcquire(1).allowed()).as("the next window").isTrue();
    }

    @Test
    void aLimitMustAllowSomething() {
        assertThatThrownBy(() -> new ApiRateLimiter(0, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiRateLimiter(5, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
