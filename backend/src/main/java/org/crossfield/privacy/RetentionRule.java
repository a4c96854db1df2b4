package org.crossfield.privacy;

import java.time.Instant;

/**
 * A feature's retention rule: removes the personal data it keeps beyond its period. Each feature implements it in its
 * own package with its own configurable period; the retention job ({@code RetentionJob}) runs every rule and reports what
 * each removed.
 */
public interface RetentionRule {

    /**
     * A short name, unique among the rules, e.g. {@code application-cvs}: the retention report names the rule by it and
     * the screens translate it ({@code privacy.retention-rule.<code>} in the {@code privacy} bundle).
     */
    String code();

    /** What the rule removes, in English for the log, e.g. "CVs and answers of rejected or withdrawn applications". */
    String description();

    /** Removes what was due before {@code now}; returns how many items went. */
    int purge(Instant now);
}
