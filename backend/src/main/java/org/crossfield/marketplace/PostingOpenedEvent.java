package org.crossfield.marketplace;

/**
 * A challenge or PhD project was approved and is now open. Published inside the approving transaction, after the
 * change is flushed, so listeners see the posting as open and their writes commit (or roll back) with the approval.
 */
public record PostingOpenedEvent(PostingKind kind, long postingId) {
}
