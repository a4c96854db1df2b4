package org.crossfield.identity;

import java.util.List;

/**
 * A CSV file of invitations, checked: the rows that would be invited and every problem with its line number. Nothing is
 * created while {@link #problems()} is not empty.
 */
public record CsvInvitations(List<Row> rows, List<Problem> problems) {

    public record Row(int line, String email, String displayName, String organisationName, List<String> roles,
                      String language) {
    }

    public record Problem(int line, String reason) {
    }

    public boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
