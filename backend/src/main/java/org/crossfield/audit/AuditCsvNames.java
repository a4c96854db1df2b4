package org.crossfield.audit;

import java.util.List;

/**
 * How the audit log's CSV export names things for the person who downloads it: the column headings (in the order of
 * {@link #MACHINE}'s) and a readable name for an action, an object and an outcome, and the entry's short text. The codes stay in columns of their
 * own, for machines. The screens pass names in the person's language (the backend knows no translations).
 */
public interface AuditCsvNames {

    /** The headings, one per column. */
    List<String> headings();

    /** A readable name of an action code, e.g. "Signed in" for {@code SIGN_IN}. */
    String action(String code);

    /** The object of an entry as a person reads it, e.g. "Person #1"; empty when it has none. */
    String object(AuditEntry entry);

    /** A readable name of an outcome code. */
    String outcome(String code);

    /** An entry's short text as a person reads it; by default the English text it was stored with (empty: none). */
    default String details(AuditEntry entry) {
        return entry.details() == null ? "" : entry.details();
    }

    /** The codes themselves, with snake-case headings and the details in English: for scripts. */
    AuditCsvNames MACHINE = new AuditCsvNames() {

        @Override
        public List<String> headings() {
            return List.of("seq", "occurred_at_utc", "actor_id", "actor", "remote_address", "action_name", "action",
                    "object", "object_type", "object_id", "subject_id", "subject", "outcome_name", "outcome", "details", "hash");
        }

        @Override
        public String action(String code) {
            return code;
        }

        @Override
        public String object(AuditEntry entry) {
            return entry.objectType() == null ? "" : entry.objectType() + (entry.objectId() == null ? "" : " " + entry.objectId());
        }

        @Override
        public String outcome(String code) {
            return code;
        }
    };
}
