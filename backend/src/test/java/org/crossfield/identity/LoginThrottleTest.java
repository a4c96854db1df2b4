package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10));

    @Test
    void locksAnAccountAfterRepeatedFailuresAndUnlocksAfterTheLockDuration() {
        throttle.recordFailure("ana@example.org", "10.0.0.1");
        throttle.recordFailure("ANA@example.org ", "10.0.0.2");
        assertThat(throttle.lockedFor("ana@example.org", "10.0.0.3")).isEmpty();

        throttle.recordFailure("ana@example.org", "10.0.0.3");

        assertThat(throttle.lockedFor("ana@example.org", "10.0.0.9")).contains(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("someone.else@example.org", "10.0.0.9")).isEmpty();
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.lockedFor("ana@example.org", null)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.lockedFor("ana@example.org", null)).isEmpty();
    }

    @Test
    void locksAnAddressThatSpraysManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.lockedFor("fresh@example.org", "192.0.2.7")).isPresent();
        assertThat(throttle.lockedFor("fresh@example.org", "192.0.2.8")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        throttle.recordFailure("bo@example.org", "10.0.0.1");
        throttle.recordFailure("bo@example.org", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("bo@example.org", "10.0.0.1");
        assertThat(throttle.lockedFor("bo@example.org", "10.0.0.1")).isEmpty();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        throttle.recordFailure("cy@example.org", "10.0.0.5");
        throttle.recordFailure("cy@example.org", "10.0.0.5");
        throttle.recordSuccess("cy@example.org");
        throttle.recordFailure("cy@example.org", "10.0.0.5");
        assertThat(throttle.lockedFor("cy@example.org", "10.0.0.6")).isEmpty();
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new LoginThrottle(clock, 0, 5, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
