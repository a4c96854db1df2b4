package org.crossfield.privacy;

import java.time.Instant;

/**
 * A feature's retention rule: removes the personal data it keeps beyond its period. Each feature implements it in its
 * own package with its own configurable period; the retention job ({@code RetentionJob}) runs every rule and reports what
 * each removed.
 */
public interface RetentionRule {

    /** What the rule removes, e.g. "CVs and answers of rejected or withdrawn applications". */
    String description();

    /** Removes what was due before {@code now}; returns how many items went. */
    int purge(Instant now);
}
