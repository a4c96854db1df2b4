package org.crossfield.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces an erased person's name and address by their pseudonym in text columns. A holder hands it only its own
 * tables (the caller names them; this class names none).
 */
public final class TextScrub {

    private TextScrub() {
    }

    /**
     * In each column of the table, replaces the name and the address by the pseudonym wherever they occur; returns how
     * many rows changed. Names of fewer than three characters are left alone (they would match inside other words).
     */
    public static int replace(JdbcTemplate jdbc, String table, List<String> columns, PersonalDataHolder.ErasedPerson person) {
        int changed = 0;
        for (String column : columns) {
            List<String[]> pairs = new ArrayList<>();
            if (person.email() != null && !person.email().isBlank()) {
                pairs.add(new String[] {person.email(), person.pseudonymEmail()});
            }
            if (person.displayName() != null && person.displayName().strip().length() >= 3) {
                pairs.add(new String[] {person.displayName(), person.pseudonym()});
            }
            for (String[] pair : pairs) {
                changed += jdbc.update("update " + table + " set " + column + " = replace(" + column + ", ?, ?) where "
                        + column + " like ?", pair[0], pair[1], "%" + escapeLike(pair[0]) + "%");
            }
        }
        return changed;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
