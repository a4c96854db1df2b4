package org.crossfield.marketplace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a posting list (search results, my postings, approvals): a challenge or a PhD project.
 *
 * @param deadline challenges only (null for projects)
 */
public record PostingSummary(PostingKind kind, long id, String title, String summary, long programmeId, String programmeName,
                             String organisationName, String country, DataTier dataTier, ProjectStatus status,
                             LocalDate deadline, Instant publishedAt, String reviewComment) {
}
