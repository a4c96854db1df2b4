package org.crossfield.application;

import java.time.Instant;

/** A reviewer's internal note; only reviewers of the posting see it. */
public record ReviewNoteEntry(long id, String authorName, String text, Instant createdAt) {
}
