package org.crossfield.collaboration;

/**
 * One publication read from a BibTeX or RIS file, before it is saved: what the user confirms.
 *
 * @param key            the entry's citation key (BibTeX) or its position (RIS), to name it in messages
 * @param title          never blank
 * @param authors        "; "-separated, as written in the file; may be null
 * @param venue          journal, book or conference; may be null
 * @param year           may be null
 * @param doi            normalised ({@link Doi}); may be null
 * @param url            may be null
 * @param orcidWorkType  one of the PUBLICATION type's ORCID work types, or null when the entry type does not say
 */
public record ImportedPublication(String key, String title, String authors, String venue, Integer year, String doi,
                                  String url, String orcidWorkType) {
}
