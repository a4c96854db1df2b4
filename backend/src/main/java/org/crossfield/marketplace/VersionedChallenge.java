package org.crossfield.marketplace;

/** A challenge and its version (which grows with every change): what the REST API turns into an {@code ETag}. */
public record VersionedChallenge(ChallengeDetails challenge, long version) {
}
