package org.crossfield.competency;

import java.util.List;
import org.crossfield.i18n.Text;

/**
 * A framework CSV was refused as a whole; nothing was imported. Problems name the line they were found on. Each problem
 * carries the key of its text in the {@code competency} screen bundle ({@link #details()}), so that the screens say it in
 * the person's language; {@link #problems()} and the message stay English (logs, API).
 */
public class FrameworkImportException extends IllegalArgumentException {

    private final transient List<Text> details;

    /** Problems in English only (no key). */
    public FrameworkImportException(List<String> problems) {
        this(problems.stream().map(p -> new Text(null, p)).toList(), true);
    }

    private FrameworkImportException(List<Text> details, boolean keyed) {
        super(details.size() == 1 ? details.getFirst().english()
                : details.size() + " problems: " + String.join("; ", details.stream().map(Text::english).toList()));
        this.details = List.copyOf(details);
    }

    /** A refusal for the problems given, each with its key. */
    public static FrameworkImportException of(List<Text> problems) {
        return new FrameworkImportException(problems, true);
    }

    /** A refusal for one problem: its key in the {@code competency} bundle, its English text and the arguments. */
    public static FrameworkImportException of(String key, String english, Object... arguments) {
        return of(List.of(new Text(key, english, arguments)));
    }

    public List<String> problems() {
        return details.stream().map(Text::english).toList();
    }

    /** The problems with their keys, for the screens. */
    public List<Text> details() {
        return details;
    }
}
