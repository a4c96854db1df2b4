package org.crossfield.agreement;

import java.time.Instant;

/**
 * A line of the coordinator's overview: an agreement of one of my programmes, how long it has been in its status and
 * whom it waits for.
 *
 * @param waitingDays whole days since the status last changed
 * @param waitingOn   who has to act next, in words (e.g. the approvers who have not approved)
 */
public record WaitingAgreement(long id, String title, String programmeName, AgreementStatus status, int currentVersion,
                               Instant since, long waitingDays, String waitingOn) {
}
