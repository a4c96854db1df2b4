package org.crossfield.identity;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The person a batch command acts for ({@code --as E}): an active administrator or coordinator, loaded as a login
 * loads them. The batch commands call the same services as the screens, whose {@code @PreAuthorize} rules need a
 * person; acting as a named one (rather than as an all-powerful "system") keeps those rules — a coordinator imports
 * and reports only within their programmes — and records who invited whom in the account history.
 */
@Component
public class CommandLineOperator {

    private final CrossfieldUserDetailsService people;

    CommandLineOperator(CrossfieldUserDetailsService people) {
        this.people = people;
    }

    /**
     * Runs {@code action} logged in as the person with this e-mail address.
     *
     * @throws InvalidAccountException when there is no such active account, or it is neither administrator nor coordinator
     */
    public <T> T as(String email, Supplier<T> action) {
        CrossfieldUser user;
        try {
            user = (CrossfieldUser) people.loadUserByUsername(email == null ? "" : email);
        } catch (UsernameNotFoundException e) {
            throw new InvalidAccountException("There is no active account " + email + " to act as.");
        }
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.COORDINATOR)) {
            throw new InvalidAccountException(email + " is neither administrator nor coordinator.");
        }
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
}
