package org.crossfield.matching.engine;

import java.util.Map;
import java.util.Objects;

/**
 * A mentor of the assignment problem.
 *
 * @param id           unique id
 * @param organisation the mentor's organisation, or {@code null}
 * @param capacity     number of projects the mentor can take, &gt;= 0
 * @param levels       competency code to level 0..5; a competency that is absent counts as level 0
 */
public record Mentor(String id, String organisation, int capacity, Map<String, Integer> levels) {

    public Mentor {
        Objects.requireNonNull(id, "id");
        if (capacity < 0) {
            throw new InvalidInstanceException("capacity of mentor " + id + " must be >= 0, was " + capacity);
        }
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            int l = e.getValue();
            if (l < 0 || l > Scoring.MAX_LEVEL) {
                throw new InvalidInstanceException("level of " + e.getKey() + " for mentor " + id + " must be 0-5, was " + l);
            }
        }
    }

    /** Level of a competency, 0 when absent. */
    public int level(String competency) {
        Integer l = levels.get(competency);
        return l == null ? 0 : l;
    }
}
