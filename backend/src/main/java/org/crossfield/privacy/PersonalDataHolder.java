package org.crossfield.privacy;

import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;

/**
 * A feature's part of a person's data. Each feature that keeps personal data implements it as a Spring bean in its own
 * package, using only its own tables (the privacy module never reads or writes them): it exports what it holds about a
 * person, says what an erasure will delete and what it must keep, and carries the erasure out. The privacy services
 * call holders only after their own access checks, inside their transaction.
 */
public interface PersonalDataHolder {

    /** A short name, unique among holders: the JSON document in the export is {@code <kind>.json}. */
    String kind();

    /** What this feature holds about the person, as records, lists and maps that serialise to JSON. */
    Object export(long personId);

    /** The person's own uploaded files (e.g. CVs), for the export; none by default. */
    default List<ExportedFile> files(long personId) {
        return List.of();
    }

    /**
     * What an erasure will delete and what it keeps and why, in sentences for the administrator: each a {@link Text}
     * with a key of the feature's screen bundle ({@code <feature>.erasure.*}), its English and its arguments (counts),
     * so that the administrator reads them in their language.
     */
    ErasurePlan plan(long personId);

    /**
     * Erases the person's data held here: deletes what may go, keeps what must stay (referring to the person only by
     * id, shown as the pseudonym), and replaces the name and address in any text kept about others by the pseudonym.
     * Returns what it did, in sentences without the person's name (keys and arguments as for {@link #plan}); they are
     * stored with the request, so their arguments are plain numbers and strings.
     */
    List<Text> erase(ErasedPerson person);

    /** A file for the export: where it goes in the ZIP and its bytes. */
    record ExportedFile(String path, byte[] content) {
    }

    /** Sentences for the administrator: what goes, what stays and why. */
    record ErasurePlan(List<Text> erased, List<Text> kept) {

        public static ErasurePlan of(List<Text> erased, List<Text> kept) {
            return new ErasurePlan(List.copyOf(erased), List.copyOf(kept));
        }
    }

    /**
     * The person being erased: their id, their name and address as they were (to find them in text), and the pseudonym
     * that replaces them ("Former user 4711" and an address under {@code erased.invalid}).
     */
    record ErasedPerson(long id, String displayName, String email, String pseudonym, String pseudonymEmail) {

        /** Replacement pairs for text: the name and the address, each by the pseudonym. */
        public Map<String, String> replacements() {
            return Map.of(displayName, pseudonym, email, pseudonymEmail);
        }
    }
}
