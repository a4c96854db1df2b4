package org.crossfield.identity.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in from a view, right after they proved who they are by other means than the login form (they set
 * their password from an invitation or a reset link) or changed their password: a fresh session id (no fixation), the
 * same principal the login form would give, stored where the login form stores it.
 */
@Component
class SessionLogin {

    private final UserDetailsService users;

    SessionLogin(UserDetailsService users) {
        this.users = users;
    }

    void logIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinService.reinitializeSession(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpSession session = servletRequest.getHttpServletRequest().getSession(true);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
