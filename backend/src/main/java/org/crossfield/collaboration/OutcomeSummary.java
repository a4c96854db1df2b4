package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An outcome as the workspace shows it. {@code amountEur} is computed with {@link Currencies}. */
public record OutcomeSummary(long id, long collaborationId, String typeCode, String typeTitle, String title,
                          String description, LocalDate occurredOn, String doi, String authors, String venue,
                          Integer publicationYear, String orcidWorkType, boolean openAccess, boolean jointPublicPrivate,
                          Set<CreditRole> creditRoles, BigDecimal amount, String currency, BigDecimal amountEur,
                          String funder, String url, boolean isPublic, String recordedBy, Instant createdAt) {
}
