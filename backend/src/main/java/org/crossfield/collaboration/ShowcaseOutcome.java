package org.crossfield.collaboration;

import java.time.LocalDate;

/**
 * A public outcome as anyone may see it on the showcase: no people beyond a publication's authors, no amounts.
 */
public record ShowcaseOutcome(long id, String programmeCode, String typeCode, String typeTitle, String title, String description,
                              LocalDate occurredOn, String authors, String venue, Integer publicationYear, String doi,
                              String url) {
}
