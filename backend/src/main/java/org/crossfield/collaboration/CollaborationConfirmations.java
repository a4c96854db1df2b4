package org.crossfield.collaboration;

import java.util.List;

/** For one reporting window: a collaboration and who of its people has and has not confirmed. */
public record CollaborationConfirmations(long collaborationId, String collaborationTitle, List<PartyConfirmation> parties) {

    public boolean complete() {
        return parties.stream().allMatch(PartyConfirmation::confirmed);
    }
}
