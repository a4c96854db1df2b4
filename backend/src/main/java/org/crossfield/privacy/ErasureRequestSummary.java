package org.crossfield.privacy;

import java.time.Instant;

/**
 * A request for erasure. {@code personName} and {@code personEmail} are the person's current ones (the pseudonym once
 * carried out); {@code outcome} lists what was done, or the reason a request was declined.
 */
public record ErasureRequestSummary(long id, long personId, String personName, String personEmail, ErasureStatus status,
                                    Instant requestedAt, Instant decidedAt, String outcome) {
}
