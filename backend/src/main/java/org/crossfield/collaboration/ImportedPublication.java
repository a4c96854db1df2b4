package org.crossfield.collaboration;

import java.time.LocalDate;

/**
 * One publication read from a bibliography file, before it is saved: what the user confirms.
 *
 * @param key            the entry's citation key (BibTeX), its ID or PMID, or "record N", to name it in messages
 * @param line           the line of the file where the entry starts
 * @param title          never blank
 * @param authors        "; "-separated, as written in the file; may be null
 * @param venue          journal, book or conference; may be null
 * @param year           may be null: the entry is undated
 * @param occurredOn     the date it counts on in reports (the file's full date, else the 1st of its month, else
 *                       1 January of its year); null when the entry is undated, until the person sets one
 * @param doi            normalised ({@link Doi}); may be null
 * @param url            may be null
 * @param orcidWorkType  one of the PUBLICATION type's ORCID work types, or null when the entry type does not say
 */
public record ImportedPublication(String key, int line, String title, String authors, String venue, Integer year,
                                  LocalDate occurredOn, String doi, String url, String orcidWorkType) {

    /** Whether the file gave no year: it is imported undated unless the person sets a date. */
    public boolean undated() {
        return occurredOn == null;
    }

    /** The same publication dated {@code date} by the person (its year follows the date when the file gave none). */
    public ImportedPublication withDate(LocalDate date) {
        return new ImportedPublication(key, line, title, authors, venue, year == null && date != null ? date.getYear() : year,
                date, doi, url, orcidWorkType);
    }
}
