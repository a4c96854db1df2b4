package org.crossfield.matching.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A project of the assignment problem (modes optimal and topk).
 *
 * @param id           unique id
 * @param organisation owning organisation, or {@code null}; mentors of the same organisation are ineligible
 * @param slots        number of mentors wanted, &gt;= 0
 * @param requirements competencies asked for, at most one per competency code, in the order given
 */
public record Project(String id, String organisation, int slots, List<Requirement> requirements) {

    public Project {
        Objects.requireNonNull(id, "id");
        if (slots < 0) {
            throw new InvalidInstanceException("slots of project " + id + " must be >= 0, was " + slots);
        }
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        Set<String> seen = new HashSet<>();
        double total = 0;
        for (Requirement r : requirements) {
            if (!seen.add(r.competency())) {
                throw new InvalidInstanceException("project " + id + " lists competency " + r.competency() + " twice");
            }
            total += r.weight();
        }
        if (!Double.isFinite(total)) {
            throw new InvalidInstanceException("the requirement weights of project " + id
                    + " add up to more than the largest number a score can use; scale them down");
        }
    }
}
