package org.crossfield.matching;

import java.util.List;

/** A mentor recommended for a project, with the explanation per required competency. */
public record MentorRecommendation(long mentorId, String name, String organisation, String country, int capacity,
                                   double score, int unmet, List<ContributionLine> lines) {
}
