package org.crossfield.marketplace;

import java.time.Instant;

/**
 * A saved search as its owner sees it.
 *
 * @param lastAlertAt when a new posting last matched it and its owner was told (null: never)
 */
public record SavedSearchSummary(long id, String name, PostingQuery query, boolean alerts, Instant createdAt,
                              Instant lastAlertAt) {
}
