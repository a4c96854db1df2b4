package org.crossfield.platform.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and the ones refused because the account or address is locked, from Spring Security's
 * authentication events: {@code crossfield.signin.failures} (tag {@code reason}: the exception's kind) and
 * {@code crossfield.signin.locked}.
 */
@Component
class SignInMetrics {

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Exception cause = event.getException();
        registry.counter("crossfield.signin.failures", "reason", cause.getClass().getSimpleName()).increment();
        if (cause instanceof LockedException) {
            registry.counter("crossfield.signin.locked").increment();
        }
    }
}
