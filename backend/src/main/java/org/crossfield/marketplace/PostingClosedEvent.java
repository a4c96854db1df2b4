package org.crossfield.marketplace;

/**
 * A challenge (at its deadline) or a PhD project (by its supervisor) closed: it takes no more applications. Published
 * inside the closing transaction, like {@link PostingOpenedEvent}, so that what listeners write (the webhook outbox)
 * commits or rolls back with the closing.
 */
public record PostingClosedEvent(PostingKind kind, long postingId) {
}
