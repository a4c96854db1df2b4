package org.crossfield.api;

import java.util.List;
import org.crossfield.identity.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API's own filter chain, before the application's (identity.ui.SecurityConfiguration) and after the actuator's,
 * for {@code /api/**} and the API's documentation only: stateless (no session, no cookie), CSRF off (no cookie is ever
 * sent, so there is nothing to forge), a bearer token or nobody. Reading needs the scope {@code read}, everything else
 * {@code write}; the anonymous list of public postings and its feed, and the documentation, are open. What a person
 * may do beyond that is decided by the services' {@code @PreAuthorize}, as for the screens.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] PUBLIC_POSTINGS = {"/api/v1/postings", "/api/v1/postings.atom"};
    /** Calendar programs send no token: the secret in the address is the credential (CalendarFeedController). */
    static final String CALENDAR_FEED = "/api/v1/calendar/*";
    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limiter) throws Exception {
        http.securityMatcher(concat("/api/**", DOCUMENTATION));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, PUBLIC_POSTINGS).permitAll()
                .requestMatchers(HttpMethod.GET, DOCUMENTATION).permitAll()
                .requestMatchers(HttpMethod.GET, CALENDAR_FEED).permitAll()
                .requestMatchers(HttpMethod.OPTIONS, PUBLIC_POSTINGS).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(BearerTokenFilter.SCOPE_AUTHORITY_PREFIX + "read")
                .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(BearerTokenFilter.SCOPE_AUTHORITY_PREFIX + "read")
                .anyRequest().hasAuthority(BearerTokenFilter.SCOPE_AUTHORITY_PREFIX + "write"));
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(AbstractHttpConfigurer::disable);
        http.requestCache(cache -> cache.disable());
        http.formLogin(AbstractHttpConfigurer::disable);
        http.httpBasic(AbstractHttpConfigurer::disable);
        http.logout(AbstractHttpConfigurer::disable);
        http.cors(cors -> cors.configurationSource(publicPostingsCors()));
        http.addFilterBefore(new BearerTokenFilter(tokens, limiter), AnonymousAuthenticationFilter.class);
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"crossfield\"");
                    Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "This request needs a personal"
                            + " access token: Authorization: Bearer <token>.", request.getRequestURI());
                })
                .accessDeniedHandler((request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                        "missing-scope", "This token may not " + (isRead(request.getMethod()) ? "read (scope read)"
                                : "change anything (scope write)") + ".", request.getRequestURI())));
        return http.build();
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** Institutions embed the public list in their own pages: any origin may read it (no credentials). */
    private static UrlBasedCorsConfigurationSource publicPostingsCors() {
        CorsConfiguration open = new CorsConfiguration();
        open.setAllowedOrigins(List.of("*"));
        open.setAllowedMethods(List.of("GET"));
        open.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : PUBLIC_POSTINGS) {
            source.registerCorsConfiguration(path, open);
        }
        return source;
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
