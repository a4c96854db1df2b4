package org.crossfield.competency;

import java.util.List;

/** A framework CSV was refused as a whole; nothing was imported. Problems name the line they were found on. */
public class FrameworkImportException extends IllegalArgumentException {

    private final List<String> problems;

    public FrameworkImportException(List<String> problems) {
        super(problems.size() == 1 ? problems.getFirst() : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
