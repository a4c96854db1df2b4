package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void theWaitDoublesFromFiveSecondsUpToAnHour() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoffAfter(10)).isEqualTo(Duration.ofSeconds(5 * 512));
        assertThat(policy.backoffAfter(11)).as("5 s × 2^10 is longer than an hour").isEqualTo(Duration.ofHours(1));
        assertThat(policy.backoffAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theTenthFailedAttemptIsTheLast() {
        assertThat(policy.exhausted(9)).isFalse();
        assertThat(policy.exhausted(10)).isTrue();
    }

    @Property
    void theWaitNeverShrinksAndNeverExceedsTheCap(@ForAll @IntRange(min = 1, max = 10_000) int attempts) {
        Duration wait = policy.backoffAfter(attempts);
        assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofHours(1));
        assertThat(policy.backoffAfter(attempts + 1)).isGreaterThanOrEqualTo(wait);
    }

    @Test
    void nonsensicalSettingsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(5), Duration.ofHours(1)))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1))).hasMessageContaining("initial-backoff");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1))).hasMessageContaining("max-backoff");
    }
}
