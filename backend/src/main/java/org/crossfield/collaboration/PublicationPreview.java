package org.crossfield.collaboration;

import java.util.List;

/**
 * A bibliography file as the person confirms it: what will be imported, what this collaboration already has (by DOI,
 * else by title and year, or twice in the file) and what cannot be imported with the reason.
 */
public record PublicationPreview(String format, List<ImportedPublication> toImport, List<ImportedPublication> alreadyPresent,
                                 List<RefusedEntry> refused) {

    public PublicationPreview {
        toImport = List.copyOf(toImport);
        alreadyPresent = List.copyOf(alreadyPresent);
        refused = List.copyOf(refused);
    }

    /** "Import 123 of 137; 14 already in this collaboration". */
    public String summary() {
        int readable = toImport.size() + alreadyPresent.size();
        StringBuilder s = new StringBuilder("Import ").append(toImport.size()).append(" of ").append(readable);
        if (!alreadyPresent.isEmpty()) {
            s.append("; ").append(alreadyPresent.size()).append(" already in this collaboration");
        }
        long undated = toImport.stream().filter(ImportedPublication::undated).count();
        if (undated > 0) {
            s.append("; ").append(undated).append(undated == 1 ? " has no date" : " have no date");
        }
        if (!refused.isEmpty()) {
            s.append("; ").append(refused.size()).append(refused.size() == 1 ? " entry cannot" : " entries cannot")
                    .append(" be imported");
        }
        return s.toString();
    }
}
