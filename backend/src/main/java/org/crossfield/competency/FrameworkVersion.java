package org.crossfield.competency;

import java.time.Instant;

public record FrameworkVersion(long id, String versionLabel, boolean active, String importedBy, Instant createdAt,
                               long competencies) {
}
