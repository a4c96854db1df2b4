package org.crossfield.platform.ops;

import io.micrometer.core.aop.TimedAspect;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code @Timed} on service methods (matching rounds, search, reports) becomes a timer in Prometheus. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    TimedAspect timedAspect(MeterRegistry registry) {
        return new TimedAspect(registry);
    }
}
