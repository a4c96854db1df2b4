package org.crossfield.matching.engine;

import java.util.Objects;

/** A project of the stable mode, offered by a supervisor, taking at most {@code capacity} students. */
public record SupervisedProject(String id, String supervisor, int capacity) {

    public SupervisedProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supervisor, "supervisor");
        if (capacity < 0) {
            throw new InvalidInstanceException("capacity of project " + id + " must be >= 0, was " + capacity);
        }
    }
}
