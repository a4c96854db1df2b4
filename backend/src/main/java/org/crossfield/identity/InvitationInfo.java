package org.crossfield.identity;

import java.time.Instant;
import java.util.List;

/** What the person opening an invitation link sees before choosing a password. */
public record InvitationInfo(String email, String displayName, String organisationName, List<String> roles,
                             Instant expiresAt) {
}
