package org.crossfield.marketplace;

import java.util.List;

public record ProjectDetails(ProjectSummary summary, String researchQuestion, List<RequiredCompetency> requirements) {

    public long id() {
        return summary.id();
    }
}
