package org.crossfield.privacy;

import java.time.Instant;
import java.util.Map;

/** What one run of the retention job removed: per rule (its {@link RetentionRule#code()}), how many items. */
public record RetentionReport(Instant ranAt, Map<String, Integer> removed) {

    public int total() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
