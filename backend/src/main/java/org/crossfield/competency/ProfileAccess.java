package org.crossfield.competency;

import org.crossfield.identity.AccessRules;
import org.crossfield.platform.security.ApplicantRelations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read a person's competency profile, used as {@code @profileAccess} in {@code @PreAuthorize}
 * (docs/adr/0063-reviewers-read-applicants-profiles.md): the person; administrators and coordinators; a supervisor to
 * whose projects the person is related ({@link AccessRules#isSelfOrCanViewProfiles}); and whoever reviews one of the
 * person's submitted applications — the posting's owners (a project's supervisor, the partner managers of a challenge's
 * organisation) and its review team — as the application feature answers through {@link ApplicantRelations}. Nobody
 * else: a role alone opens no one's profile.
 */
@Component("profileAccess")
public class ProfileAccess {

    private final AccessRules access;
    private final ObjectProvider<ApplicantRelations> applicants;

    ProfileAccess(AccessRules access, ObjectProvider<ApplicantRelations> applicants) {
        this.access = access;
        this.applicants = applicants;
    }

    /** The current person may read the competency profile of {@code personId}. */
    public boolean canRead(Long personId) {
        if (personId == null) {
            return false;
        }
        return access.isSelfOrCanViewProfiles(personId) || applicants.stream().anyMatch(a -> a.reviewsAnApplicationOf(personId));
    }
}
