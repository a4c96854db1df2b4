package org.crossfield.competency;

import java.time.Instant;

public record ProfileLevel(String competencyCode, int level, String evidence, Assessment assessment,
                               String verifiedBy, Instant updatedAt) {
}
