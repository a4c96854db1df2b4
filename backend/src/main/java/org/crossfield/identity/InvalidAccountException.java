package org.crossfield.identity;

import java.util.List;
import org.crossfield.i18n.Translatable;

/**
 * Input about an account that cannot be accepted; the messages are sentences a person can act on. Each problem may
 * carry the key of its text in the {@code identity} bundle with its arguments ({@link Problem}), so that the screens
 * show it in the person's language; the English text stays the exception's message, for logs and the API.
 */
public class InvalidAccountException extends RuntimeException implements Translatable {

    /** One reason for the refusal: its key (null when it has none yet), its English text and the key's arguments. */
    public record Problem(String key, String english, Object... arguments) implements Translatable {

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.clone();
        }
    }

    private final transient List<Problem> problems;

    public InvalidAccountException(String problem) {
        this(List.of(problem));
    }

    public InvalidAccountException(List<String> problems) {
        this(problems.stream().map(p -> new Problem(null, p)).toList(), true);
    }

    /** A refusal for one reason, with the key of its text, its English text and the arguments. */
    public InvalidAccountException(String key, String english, Object... arguments) {
        this(List.of(new Problem(key, english, arguments)), true);
    }

    private InvalidAccountException(List<Problem> problems, boolean keyed) {
        super(String.join(" ", problems.stream().map(Problem::english).toList()));
        this.problems = List.copyOf(problems);
    }

    /** A refusal for several reasons, each with its key where it has one. */
    public static InvalidAccountException of(List<Problem> problems) {
        return new InvalidAccountException(problems, true);
    }

    /** The reasons in English. */
    public List<String> problems() {
        return problems.stream().map(Problem::english).toList();
    }

    /** The reasons with their keys, for the screens to translate. */
    public List<Problem> keyedProblems() {
        return problems;
    }

    /** The key when the refusal has one reason with a key; else null (the screens translate {@link #keyedProblems()}). */
    @Override
    public String messageKey() {
        return problems.size() == 1 ? problems.getFirst().key() : null;
    }

    @Override
    public Object[] messageArguments() {
        return problems.size() == 1 ? problems.getFirst().messageArguments() : new Object[0];
    }
}
