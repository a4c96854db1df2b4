package org.crossfield.collaboration;

/** A collaboration was created (published inside the transaction that accepted the offer or the match). */
public record CollaborationStartedEvent(long collaborationId) {
}
