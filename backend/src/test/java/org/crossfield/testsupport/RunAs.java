package org.crossfield.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs code as a real person from the database, loaded the way login loads them. */
@Component
public class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String email, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    public long idOf(String email) {
        return ((org.crossfield.identity.CrossfieldUser) users.loadUserByUsername(email)).getId();
    }
}
