package org.crossfield.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, if one is logged in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<CrossfieldUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CrossfieldUser user ? Optional.of(user) : Optional.empty();
    }

    public static CrossfieldUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not logged in"));
    }
}
