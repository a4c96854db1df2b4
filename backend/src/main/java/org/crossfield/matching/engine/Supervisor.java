package org.crossfield.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * A supervisor of the stable mode: takes at most {@code capacity} students over all of its projects and ranks
 * students (best first, no repeats). Each of its projects ranks students in this order.
 */
public record Supervisor(String id, int capacity, List<String> ranking) {

    public Supervisor {
        Objects.requireNonNull(id, "id");
        if (capacity < 0) {
            throw new InvalidInstanceException("capacity of supervisor " + id + " must be >= 0, was " + capacity);
        }
        ranking = List.copyOf(ranking);
    }
}
