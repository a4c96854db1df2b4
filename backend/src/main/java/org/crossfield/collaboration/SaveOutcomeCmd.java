package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An outcome as a party records or edits it. Which fields count depends on the type: publications use {@code doi},
 * {@code authors}, {@code venue}, {@code publicationYear}, {@code orcidWorkType}, {@code openAccess},
 * {@code jointPublicPrivate} and {@code creditRoles}; further funding uses {@code amount}, {@code currency} and
 * {@code funder}; every type uses title, description, date, url and {@code isPublic}. Fields a type does not use are
 * dropped.
 */
public record SaveOutcomeCmd(long collaborationId, String typeCode, String title, String description, LocalDate occurredOn,
                             String doi, String authors, String venue, Integer publicationYear, String orcidWorkType,
                             boolean openAccess, boolean jointPublicPrivate, Set<CreditRole> creditRoles,
                             BigDecimal amount, String currency, String funder, String url, boolean isPublic) {

    /** An outcome of any type with only the common fields. */
    public static SaveOutcomeCmd simple(long collaborationId, String typeCode, String title, String description,
                                        LocalDate occurredOn, String url, boolean isPublic) {
        return new SaveOutcomeCmd(collaborationId, typeCode, title, description, occurredOn, null, null, null, null, null,
                false, false, Set.of(), null, null, null, url, isPublic);
    }
}
