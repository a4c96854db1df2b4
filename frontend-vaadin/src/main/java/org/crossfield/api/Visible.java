package org.crossfield.api;

import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * 404 for what the caller may not see: reading an object through its service, a refusal there means "no such object"
 * to this caller (so that ids of other people's objects do not leak). Refusals of an action on an object the caller
 * does see stay 403.
 */
final class Visible {

    private Visible() {
    }

    static <T> T or404(String what, Supplier<T> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            throw ApiException.notFound(what);
        }
    }
}
