package org.crossfield.identity;

import java.util.List;

/** Input about an account that cannot be accepted; the messages are sentences a person can act on. */
public class InvalidAccountException extends RuntimeException {

    private final List<String> problems;

    public InvalidAccountException(String problem) {
        this(List.of(problem));
    }

    public InvalidAccountException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
