package org.crossfield.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.identity.ApiTokenPrincipal;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokens;
import org.crossfield.identity.InvalidApiTokenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} → the token's person, with exactly their roles ({@code ROLE_…}) plus the
 * token's scopes ({@code SCOPE_read}, {@code SCOPE_postings:write}, see {@link ApiScopes}), for this request only (no session). A header that is not a
 * valid token is refused at once with 401, a token over its rate limit with 429; without the header the request goes
 * on anonymously (the chain then decides). Not a bean: a Filter bean would be registered for every request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ApiRateLimiter limiter;

    BearerTokenFilter(ApiTokens tokens, ApiRateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(response, request, "The API takes a personal access token: Authorization: Bearer <token>.");
            return;
        }
        ApiTokenPrincipal principal;
        try {
            principal = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (InvalidApiTokenException e) {
            refuse(response, request, e.getMessage() + " Make a new one on the page \"API tokens\" of your account.");
            return;
        }
        ApiRateLimiter.Decision decision = limiter.tryAcquire(principal.tokenId());
        response.setHeader("RateLimit-Limit", String.valueOf(decision.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "This token has made more than "
                    + decision.limit() + " requests in the current period; try again in " + decision.retryAfterSeconds()
                    + " seconds.", request.getRequestURI());
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(principal.user().getAuthorities());
        for (ApiTokenScope scope : principal.scopes()) {
            authorities.add(new SimpleGrantedAuthority(ApiScopes.authority(scope)));
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.user(), null, authorities);
        authentication.setDetails(principal.tokenId());
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, HttpServletRequest request, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"crossfield\", error=\"invalid_token\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail, request.getRequestURI());
    }
}
