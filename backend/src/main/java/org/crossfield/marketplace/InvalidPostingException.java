package org.crossfield.marketplace;

import java.util.List;

/** A posting that cannot be saved as given; {@link #problems()} says everything that is wrong, one sentence each. */
public class InvalidPostingException extends RuntimeException {

    private final List<String> problems;

    public InvalidPostingException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
