package org.crossfield.competency;

import java.time.Instant;

public record ProfileEntryView(String competencyCode, int level, String evidence, Assessment assessment,
                               String verifiedBy, Instant updatedAt) {
}
