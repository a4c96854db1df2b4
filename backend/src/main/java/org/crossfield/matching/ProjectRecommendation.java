package org.crossfield.matching;

import java.util.List;
import org.crossfield.marketplace.ProjectSummary;

/** An open project that fits a mentor, explained the same way as mentor recommendations. */
public record ProjectRecommendation(ProjectSummary project, double score, int unmet, List<ContributionLine> lines) {
}
