package org.crossfield.competency;

import java.util.List;

/**
 * What importing a framework file would change against the active version, shown before anything is activated.
 * Proficiency levels (1–5) are the same for every competency and are not part of the file, so they never change here.
 *
 * @param competencies        how many competencies the file holds
 * @param profileEntriesAffected profile entries (people's levels) on competencies the file removes: they stay stored but
 *                               are no longer shown or matched while that version is active
 */
public record FrameworkChanges(String activeLabel, int competencies, List<CompetencySummary> added,
                               List<CompetencySummary> removed, List<Change> renamed, List<Change> regrouped,
                               long profileEntriesAffected) {

    /** One competency whose title (or group) differs: before and after. */
    public record Change(String code, String before, String after) {
    }

    public boolean unchanged() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && regrouped.isEmpty();
    }
}
