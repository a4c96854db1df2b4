package org.crossfield.agreement;

import java.time.Instant;

/** A comment on a clause (its number in the text, or "general"). */
public record ClauseComment(long id, int versionNo, String clause, String authorName, String body, Instant createdAt) {
}
