package org.crossfield.privacy;

/** An administrator declined a request for erasure with a reason (notification tells the person). */
public record ErasureDeclinedEvent(long requestId, long personId, String reason) {
}
