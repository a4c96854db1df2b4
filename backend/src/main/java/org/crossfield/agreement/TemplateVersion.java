package org.crossfield.agreement;

import java.time.Instant;

/** A version of an agreement template. */
public record TemplateVersion(long id, String regimeCode, int versionNo, String title, String body, boolean active, Instant createdAt) {
}
