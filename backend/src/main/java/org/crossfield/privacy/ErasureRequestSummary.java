package org.crossfield.privacy;

import java.time.Instant;
import java.util.List;

/**
 * A request for erasure. {@code personName} and {@code personEmail} are the person's current ones (the pseudonym once
 * carried out); {@code outcome} is the reason a request was declined, or what was done in English; {@code done} is what
 * was done step by step (empty unless carried out), for the screen to say in the reader's language.
 */
public record ErasureRequestSummary(long id, long personId, String personName, String personEmail, ErasureStatus status,
                                    Instant requestedAt, Instant decidedAt, String outcome, List<ErasureStep> done) {

    public ErasureRequestSummary {
        done = done == null ? List.of() : List.copyOf(done);
    }
}
