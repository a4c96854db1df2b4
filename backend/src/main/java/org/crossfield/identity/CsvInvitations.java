package org.crossfield.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crossfield.i18n.Translatable;

/**
 * A CSV file of invitations, checked: the rows that would be invited and every problem with its line number. Nothing is
 * created while {@link #problems()} is not empty.
 */
public record CsvInvitations(List<Row> rows, List<Problem> problems) {

    public record Row(int line, String email, String displayName, String organisationName, List<String> roles,
                      String language) {
    }

    /**
     * What is wrong with one line (0: with the whole file): in English ({@link #reason()}, for logs) and, where it has
     * one, as the key of its text in the {@code identity} bundle with the key's arguments, for the screens.
     */
    public record Problem(int line, String reason, String reasonKey, List<Object> reasonArguments) implements Translatable {

        public Problem {
            // a copy that keeps null arguments (List.copyOf would refuse them)
            reasonArguments = reasonArguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(reasonArguments));
        }

        /** A problem said by key, English text and arguments. */
        public Problem(int line, InvalidAccountException.Problem reason) {
            this(line, reason.english(), reason.key(), Arrays.asList(reason.messageArguments()));
        }

        /** A problem without a key, shown as it is (a text the screen has already put in the person's language). */
        public Problem(int line, String reason) {
            this(line, reason, null, List.of());
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

    public boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
