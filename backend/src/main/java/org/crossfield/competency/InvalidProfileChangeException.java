package org.crossfield.competency;

import java.util.List;

/** A profile change was refused; nothing was saved. Each problem is a sentence a person can act on. */
public class InvalidProfileChangeException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidProfileChangeException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
