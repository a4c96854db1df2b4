package org.crossfield.collaboration;

/**
 * An entry of a bibliography file that cannot be imported; the rest of the file still can.
 *
 * @param key    its citation key (BibTeX), ID or PMID, or "record N"; "?" when the entry is too broken to say
 * @param line   the line of the file where it starts
 * @param reason a sentence for the person, saying what to fix
 */
public record RefusedEntry(String key, int line, String reason) {
}
