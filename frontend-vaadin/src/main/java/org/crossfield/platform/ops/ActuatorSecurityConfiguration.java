package org.crossfield.platform.ops;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.StringUtils;

/**
 * Who may see the actuator's endpoints (docs/operations.md, "Monitoring"), in a filter chain of its own that runs before
 * the application's (identity.ui.SecurityConfiguration) and only for the actuator's paths:
 * <ul>
 *   <li>health, liveness and readiness: anyone, without a session (load balancers and Kubernetes probe them; they say
 *       UP or DOWN and no details);</li>
 *   <li>Prometheus: only the monitoring account, with HTTP Basic: {@code crossfield.monitoring.username} (default
 *       {@code prometheus}) and {@code crossfield.monitoring.password}. It is not a Crossfield account and cannot log in
 *       to the application. Without a password nobody may scrape;</li>
 *   <li>everything else: nobody.</li>
 * </ul>
 * The same rules hold when the actuator runs on a management port of its own ({@code management.server.port}).
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    static final String MONITORING_ROLE = "MONITORING";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, PasswordEncoder passwords,
                                                    @Value("${crossfield.monitoring.username:prometheus}") String username,
                                                    @Value("${crossfield.monitoring.password:}") String password) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.to("prometheus")).hasRole(MONITORING_ROLE)
                .anyRequest().denyAll());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable()); // read-only endpoints, no session, no cookies
        http.requestCache(cache -> cache.disable());
        // HTTP Basic and nothing else. The status is set, not sent as an error: an error would be dispatched to /error,
        // which the application's chain answers with the login page's redirect.
        AuthenticationEntryPoint challenge = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Crossfield monitoring\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        http.httpBasic(basic -> basic.authenticationEntryPoint(challenge));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge)
                .accessDeniedHandler((request, response, e) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)));
        http.formLogin(AbstractHttpConfigurer::disable);
        http.authenticationManager(new ProviderManager(monitoringAccount(passwords, username, password)));
        return http.build();
    }

    private static DaoAuthenticationProvider monitoringAccount(PasswordEncoder passwords, String username, String password) {
        UserDetailsService accounts = StringUtils.hasText(password)
                ? new InMemoryUserDetailsManager(User.withUsername(username).password(passwords.encode(password))
                        .roles(MONITORING_ROLE).build())
                : new InMemoryUserDetailsManager();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return provider;
    }
}
