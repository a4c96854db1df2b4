package org.crossfield.privacy;

/** A person asked for erasure (published inside the asking transaction; notification tells the administrators). */
public record ErasureRequestedEvent(long requestId, long personId) {
}
