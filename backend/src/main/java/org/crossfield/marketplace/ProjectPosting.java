package org.crossfield.marketplace;

import java.util.List;

/** A PhD project as its supervisor edits it and coordinators review it, with the challenges it takes up. */
public record ProjectPosting(long id, ProjectStatus status, String programmeName, String institution, String reviewComment,
                             ProjectDraft content, List<PostingSummary> linkedChallenges) {
}
