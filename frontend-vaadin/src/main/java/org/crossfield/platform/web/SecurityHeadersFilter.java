package org.crossfield.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crossfield.platform.audit.ClientAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first for every request, of every filter chain (the application's, the actuator's, static resources, error
 * pages): writes the security headers on the response and tells the audit log the client's address for the length of
 * the request.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: what Vaadin Flow needs and nothing more — scripts and styles from this origin,
 *   inline scripts and {@code eval} for Flow's client engine and inline styles (Vaadin's documentation, "Content
 *   Security Policy", required settings); no plug-ins, no framing by other sites, no foreign base URL
 *   ({@code crossfield.security.content-security-policy} replaces it)</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, a {@code Permissions-Policy} that
 *   switches off the browser features Crossfield never uses</li>
 *   <li>{@code Strict-Transport-Security} when the request came over TLS (directly or, with
 *   {@code server.forward-headers-strategy}, through the proxy)</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " serial=(), bluetooth=(), hid=(), interest-cohort=()";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(@Value("${crossfield.security.content-security-policy:" + DEFAULT_CSP + "}") String csp) {
        this.contentSecurityPolicy = csp;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        ClientAddress.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddress.clear();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
