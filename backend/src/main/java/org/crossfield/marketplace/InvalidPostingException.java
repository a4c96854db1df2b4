package org.crossfield.marketplace;

import java.util.List;
import org.crossfield.i18n.Translatable;

/**
 * A posting that cannot be saved as given; {@link #problems()} says everything that is wrong, one sentence each, in
 * English (the exception's message, for logs and the API). Each problem also carries the key of its text in the
 * {@code marketplace} screen bundle ({@link #details()}), so that the screens show it in the person's language; a
 * problem's argument may itself be a {@link Problem} (a field's name), translated first.
 */
public class InvalidPostingException extends RuntimeException implements Translatable {

    /** One thing wrong: its key in the {@code marketplace} bundle (or {@code null}), its English text and arguments. */
    public record Problem(String key, String english, Object... arguments) implements Translatable {

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.clone();
        }

        @Override
        public String toString() {
            return english;
        }
    }

    private final transient List<Problem> details;

    /** Problems in English only (no key): the screens show them as they are. */
    public InvalidPostingException(List<String> problems) {
        this(problems.stream().map(p -> new Problem(null, p)).toList(), true);
    }

    private InvalidPostingException(List<Problem> details, boolean keyed) {
        super(String.join(" ", details.stream().map(Problem::english).toList()));
        this.details = List.copyOf(details);
    }

    /** A refusal for the problems given, each with its key. */
    public static InvalidPostingException of(List<Problem> problems) {
        return new InvalidPostingException(problems, true);
    }

    /** A refusal for one problem: its key in the {@code marketplace} bundle, its English text and the arguments. */
    public static InvalidPostingException of(String key, String english, Object... arguments) {
        return of(List.of(new Problem(key, english, arguments)));
    }

    public List<String> problems() {
        return details.stream().map(Problem::english).toList();
    }

    /** The problems with their keys, for the screens. */
    public List<Problem> details() {
        return details;
    }

    /** The key of the one problem; {@code null} when there are several (the screens then show {@link #details()}). */
    @Override
    public String messageKey() {
        return details.size() == 1 ? details.getFirst().key() : null;
    }

    @Override
    public Object[] messageArguments() {
        return details.size() == 1 ? details.getFirst().messageArguments() : new Object[0];
    }
}
