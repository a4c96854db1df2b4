package org.crossfield.agreement;

import java.util.List;

/** An agreement request that cannot be carried out as given; {@link #problems()} says why, one sentence each. Nothing changed. */
public class InvalidAgreementException extends RuntimeException {

    private final List<String> problems;

    public InvalidAgreementException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidAgreementException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
