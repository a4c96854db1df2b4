package org.crossfield.identity;

import java.time.Instant;
import java.util.List;

/** A person as administrators (and coordinators, for their pending queue) see them. */
public record PersonSummary(long id, String displayName, String email, Long organisationId, String organisationName,
                            List<String> roles, AccountStatus status, boolean enabled, String requestedRole,
                            Instant createdAt) {
}
