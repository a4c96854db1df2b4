package org.crossfield.platform.security;

/**
 * Whether the current person reviews someone's application, asked by object-level rules of features that may not know
 * applications. The competency feature lets the people who review an application read the applicant's competency
 * profile, but it may not depend on the application feature (which depends, through marketplace, on competency); the
 * application feature contributes the one bean of this type, answered from its own tables, and the competency feature
 * asks it — the way the front end's {@code platform.ui.PendingWork} and {@code ApplicantFit} join what several features
 * know (docs/adr/0063-reviewers-read-applicants-profiles.md).
 */
public interface ApplicantRelations {

    /**
     * The current person owns or is on the review team of a posting to which {@code personId} has submitted an
     * application (in any state but a draft). Owners are a project's supervisor and the partner managers of a
     * challenge's organisation; review-team members are whoever the owners added, mentors among them.
     */
    boolean reviewsAnApplicationOf(long personId);
}
