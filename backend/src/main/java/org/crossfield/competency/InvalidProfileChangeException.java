package org.crossfield.competency;

import java.util.List;
import org.crossfield.i18n.Text;

/**
 * Profile changes that cannot be saved; {@link #problems()} says everything that is wrong, in English (logs, API), and
 * {@link #details()} the same with the keys of the texts in the {@code competency} screen bundle.
 */
public class InvalidProfileChangeException extends IllegalArgumentException {

    private final transient List<Text> details;

    /** Problems in English only (no key). */
    public InvalidProfileChangeException(List<String> problems) {
        this(problems.stream().map(p -> new Text(null, p)).toList(), true);
    }

    private InvalidProfileChangeException(List<Text> details, boolean keyed) {
        super(String.join(" ", details.stream().map(Text::english).toList()));
        this.details = List.copyOf(details);
    }

    /** A refusal for the problems given, each with its key. */
    public static InvalidProfileChangeException of(List<Text> problems) {
        return new InvalidProfileChangeException(problems, true);
    }

    public List<String> problems() {
        return details.stream().map(Text::english).toList();
    }

    /** The problems with their keys, for the screens. */
    public List<Text> details() {
        return details;
    }
}
