package org.crossfield.collaboration;

import java.time.LocalDate;

/** A public dissemination activity as anyone may see it on the showcase. */
public record ShowcaseActivity(long id, String programmeCode, String activityCode, String activityTitle, String title, LocalDate occurredOn,
                               ActivityStatus status, String evidenceUrl) {
}
