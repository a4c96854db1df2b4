package org.crossfield.platform.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * The one clock every service reads the time from (UTC). Tests that move time declare a clock bean of their own, which
 * wins over this fallback.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Fallback
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
