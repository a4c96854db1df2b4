package org.crossfield.matching.engine;

import java.util.List;
import java.util.Objects;

/** A student of the stable mode, with projects in order of preference (most preferred first, no repeats). */
public record Student(String id, List<String> preferences) {

    public Student {
        Objects.requireNonNull(id, "id");
        preferences = List.copyOf(preferences);
    }
}
