package org.crossfield.application;

import java.util.List;

/** An application as its student and its reviewers see it. Internal review notes are never part of it. */
public record ApplicationDetails(ApplicationSummary summary, String motivation, List<QuestionAnswer> answers, String cvFileName,
                                 Long cvSizeBytes) {

    public long id() {
        return summary.id();
    }

    public ApplicationStatus status() {
        return summary.status();
    }
}
