package org.crossfield.collaboration;

import java.util.List;

/**
 * What a bibliography file holds: the publications that can be imported and the entries that cannot, in file order.
 *
 * @param format the format it was read as ("BibTeX", "RIS", "MEDLINE", "Web of Science")
 */
public record PublicationFile(String format, List<ImportedPublication> publications, List<RefusedEntry> refused) {

    public PublicationFile {
        publications = List.copyOf(publications);
        refused = List.copyOf(refused);
    }
}
