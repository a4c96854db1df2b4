package org.crossfield.i18n;

/**
 * One sentence meant for a person, as a feature's service says it: the key of its text in the feature's screen bundle
 * (or {@code null} when it has none), the English text (logs, API) and the arguments. Exceptions that report several
 * problems at once carry a list of these, so that the screens can show each in the person's language.
 */
public record Text(String key, String english, Object... arguments) implements Translatable {

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
