package org.crossfield.marketplace;

/** A PhD project as its supervisor edits it and coordinators review it. */
public record ProjectPosting(long id, ProjectStatus status, String programmeName, String institution, String reviewComment,
                             ProjectDraft content) {
}
