package org.crossfield.api;

import java.util.List;
import java.util.function.Supplier;
import org.crossfield.identity.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API's own filter chain, before the application's (identity.ui.SecurityConfiguration) and after the actuator's,
 * for {@code /api/**} and the API's documentation only: stateless (no session, no cookie), CSRF off (no cookie is ever
 * sent, so there is nothing to forge), a bearer token or nobody. Which scope a request needs ({@code postings:read},
 * {@code applications:write}, or {@code read} / {@code write} in every area) is decided in one place, {@link ApiScopes},
 * and refused here with a 403 naming the missing scope; the anonymous list of public postings and its feed, the
 * calendar feed and the documentation are open. What a person may do beyond that is decided by the services'
 * {@code @PreAuthorize}, as for the screens.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] PUBLIC_POSTINGS = {"/api/v1/postings", "/api/v1/postings.atom"};
    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limiter) throws Exception {
        http.securityMatcher(concat("/api/**", DOCUMENTATION));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, DOCUMENTATION).permitAll()
                .anyRequest().access(ApiSecurityConfiguration::scopeOfTheRequest));
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
                        "missing-scope", ApiScopes.of(request).refusal(), request.getRequestURI())));
        return http.build();
    }

    /** Open requests for anybody; the others for a token ({@link BearerTokenFilter}) that holds their scope. */
    private static AuthorizationResult scopeOfTheRequest(Supplier<? extends Authentication> authentication,
                                                         RequestAuthorizationContext context) {
        ApiScopes.Requirement requirement = ApiScopes.of(context.getRequest());
        if (requirement instanceof ApiScopes.Open) {
            return new AuthorizationDecision(true);
        }
        Authentication who = authentication.get();
        boolean token = who instanceof UsernamePasswordAuthenticationToken && who.isAuthenticated();
        return new AuthorizationDecision(token && requirement.metBy(who.getAuthorities()));
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
