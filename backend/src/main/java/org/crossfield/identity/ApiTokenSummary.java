package org.crossfield.identity;

import java.time.Instant;
import java.util.Set;

/**
 * One of my personal access tokens, as the token page lists it; never the token itself.
 *
 * @param prefix     the token's first characters, to recognise it
 * @param lastUsedAt the last request made with it (to the minute), or null
 * @param revokedAt  when it was revoked, or null
 */
public record ApiTokenSummary(long id, String name, String prefix, Set<ApiTokenScope> scopes, Instant createdAt,
                              Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    /** Neither revoked nor expired at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
