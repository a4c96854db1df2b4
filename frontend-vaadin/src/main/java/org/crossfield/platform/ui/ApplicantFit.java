package org.crossfield.platform.ui;

import java.util.List;
import java.util.Map;

/**
 * How well applicants' competency profiles meet the requirements of the postings they applied to, for the reviewers'
 * list. Applications may not know competencies (module rules, docs/architecture.md): the feature that knows both the
 * postings' requirements and the competency framework (marketplace) contributes the one bean of this type, and the
 * reviewers' screen asks it through this platform interface, the way the dashboard gathers {@link PendingWork}.
 */
public interface ApplicantFit {

    /** One applicant for one posting; {@code postingType} is the application feature's name for it (PROJECT, CHALLENGE). */
    record Candidate(long key, String postingType, long postingId, long studentId) {
    }

    /**
     * The fit of each candidate whose profile the current person may read, by the candidate's key; a candidate whose
     * profile is not shared with them is left out.
     */
    Map<Long, Fit> fitOf(List<Candidate> candidates);

    /**
     * @param percent  the weighted share of the requirements met (each requirement counts has/asked, at most 1, times its
     *                 weight); 100 when the posting asks for nothing
     * @param inWords  the score explained in words, e.g. "Meets 3 of 4 required competencies. Data stewardship
     *                 (must-have): asked level 4, has 2."
     * @param lines    each requirement against the profile
     */
    record Fit(int percent, String inWords, List<Line> lines) {
    }

    record Line(String competency, int asked, int has, boolean mustHave) {

        public boolean met() {
            return has >= asked;
        }
    }
}
