package org.crossfield.agreement;

import java.util.List;
import org.crossfield.i18n.Translatable;

/**
 * An agreement request that cannot be carried out as given; {@link #problems()} says why, one sentence each. Nothing
 * changed. A single refusal may carry the key of its text in the {@code agreement} screen-text bundle, so that screens
 * show it in the person's language; the English sentences stay the message (logs, the API).
 */
public class InvalidAgreementException extends RuntimeException implements Translatable {

    private final List<String> problems;
    private final String key;
    private final transient Object[] arguments;

    public InvalidAgreementException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
        this.key = null;
        this.arguments = new Object[0];
    }

    public InvalidAgreementException(String problem) {
        this(List.of(problem));
    }

    /** One refusal with the key of its text in the {@code agreement} bundle, its English text and the arguments. */
    public InvalidAgreementException(String key, String english, Object... arguments) {
        super(english);
        this.problems = List.of(english);
        this.key = key;
        this.arguments = arguments;
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
