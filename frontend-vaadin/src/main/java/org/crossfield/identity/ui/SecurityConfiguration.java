package org.crossfield.identity.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.crossfield.identity.LoginThrottle;

/**
 * Vaadin's view-based access control plus a throttled password login. The views marked {@code @AnonymousAllowed} —
 * only the login view and the public showcase, as ViewArchitectureTest checks — are reachable without logging in:
 * VaadinSecurityConfigurer lets their requests through and the navigation access control admits anonymous visitors to
 * them; everything else needs a login. The showcase's service methods are {@code permitAll()} and return public rows only.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                                            LoginThrottle throttle) throws Exception {
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, passwords, throttle));
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }
}
