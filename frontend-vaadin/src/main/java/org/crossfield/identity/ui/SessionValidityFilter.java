package org.crossfield.identity.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.LoginAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, or whose password was reset or changed elsewhere, at its next request
 * (one primary-key look-up per request; it works the same with several application instances on one database).
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private final LoginAccounts accounts;

    SessionValidityFilter(LoginAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CrossfieldUser user
                && !accounts.sessionIsCurrent(user.getId(), user.getSessionEpoch())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
