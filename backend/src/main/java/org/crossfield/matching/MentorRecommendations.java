package org.crossfield.matching;

import java.util.List;
import org.crossfield.marketplace.ProjectDetails;

/**
 * The best mentors for a project, and what kept others out: mentors of the project's own organisation (counted),
 * mentors with a declared conflict of interest (listed), and mentors with no free capacity (counted).
 */
public record MentorRecommendations(ProjectDetails project, List<MentorRecommendation> mentors,
                                    List<ExcludedMentor> declaredConflicts, long sameOrganisation, long atCapacity,
                                    long mentorsConsidered) {
}
