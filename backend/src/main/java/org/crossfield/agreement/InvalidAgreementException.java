package org.crossfield.agreement;

import java.util.List;
import org.crossfield.i18n.TranslatableException;

/**
 * An agreement request that cannot be carried out as given; {@link #problems()} says why, one sentence each. Nothing
 * changed. A single refusal may carry the key of its text in the {@code agreement} screen-text bundle, so that screens
 * show it in the person's language; the English sentences stay the message (logs, the API).
 */
public class InvalidAgreementException extends TranslatableException {

    private final List<String> problems;

    public InvalidAgreementException(List<String> problems) {
        super(null, String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidAgreementException(String problem) {
        this(List.of(problem));
    }

    /** One refusal with the key of its text in the {@code agreement} bundle, its English text and the arguments. */
    public InvalidAgreementException(String key, String english, Object... arguments) {
        super(key, english, arguments);
        this.problems = List.of(english);
    }

    public List<String> problems() {
        return problems;
    }
}
