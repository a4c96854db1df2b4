package org.crossfield.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** bcrypt by default, and old hashes keep working when the default changes ({id} prefixes). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock, @Value("${crossfield.security.login.max-account-failures:5}") int perAccount,
                                @Value("${crossfield.security.login.max-address-failures:20}") int perAddress,
                                @Value("${crossfield.security.login.window:15m}") Duration window,
                                @Value("${crossfield.security.login.lock:15m}") Duration lock) {
        return new LoginThrottle(clock, perAccount, perAddress, window, lock);
    }
}
