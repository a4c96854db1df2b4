package org.crossfield.identity;

import java.time.Instant;

/**
 * A registration as its person sees it before or after confirming the address (or, after a first institutional
 * sign-in, before asking for a role).
 *
 * @param organisationName the organisation the address's domain belongs to; null when none (institutional sign-in only)
 * @param requestedRole    the role asked for; null before it is chosen
 * @param expires          when the link or the sign-in stops working
 */
public record PendingRegistration(String email, String displayName, String organisationName, String requestedRole,
                                  Instant expires) {
}
