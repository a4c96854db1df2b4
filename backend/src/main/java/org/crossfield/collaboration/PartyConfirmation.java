package org.crossfield.collaboration;

import java.time.Instant;

/**
 * One person asked to confirm a collaboration's outcomes for a reporting window.
 *
 * @param role        STUDENT, SUPERVISOR or MENTOR
 * @param confirmedAt when they confirmed; null while they have not
 */
public record PartyConfirmation(long userId, String name, String role, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
