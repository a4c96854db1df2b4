package org.crossfield.identity;

/**
 * Who an OpenID Connect provider says signed in.
 *
 * @param provider      the registration id the operator configured (e.g. {@code uni-a}); with {@code subject} the
 *                      stable key of this person at that provider
 * @param providerName  the name people know the provider by (its client-name), for messages
 * @param email         the {@code email} claim, may be null
 * @param emailVerified the {@code email_verified} claim is {@code true}
 * @param displayName   the {@code name} claim (or given and family name), may be null
 */
public record InstitutionalIdentity(String provider, String providerName, String subject, String email,
                                    boolean emailVerified, String displayName) {
}
