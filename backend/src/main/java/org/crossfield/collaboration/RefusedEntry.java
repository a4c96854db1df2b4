package org.crossfield.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crossfield.i18n.Text;
import org.crossfield.i18n.Translatable;

/**
 * An entry of a bibliography file (or an ORCID work) that cannot be imported; the rest of the file still can. The
 * reason is English ({@link #reason()}, for logs and the API) and, where it has one, the key of its text in the
 * {@code collaboration} bundle with the key's arguments, so that the screens say it in the person's language.
 *
 * @param key             its citation key (BibTeX), ID or PMID, or "record N"; "?" when the entry is too broken to say
 * @param line            the line of the file where it starts
 * @param reason          a sentence for the person, saying what to fix, in English
 * @param reasonKey       the key of that sentence in the {@code collaboration} bundle; {@code null} when it has none
 * @param reasonArguments the key's arguments, in order
 */
public record RefusedEntry(String key, int line, String reason, String reasonKey, List<Object> reasonArguments)
        implements Translatable {

    public RefusedEntry {
        // a copy that keeps null arguments (List.copyOf would refuse them)
        reasonArguments = reasonArguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(reasonArguments));
    }

    /** An entry refused for a reason said by key, English text and arguments. */
    public RefusedEntry(String key, int line, Text reason) {
        this(key, line, reason.english(), reason.key(), Arrays.asList(reason.messageArguments()));
    }

    /** An entry refused for a reason that has no key (shown as it is). */
    public RefusedEntry(String key, int line, String reason) {
        this(key, line, reason, null, List.of());
    }

    @Override
    public String messageKey() {
        return reasonKey;
    }

    @Override
    public Object[] messageArguments() {
        return reasonArguments.toArray();
    }
}
