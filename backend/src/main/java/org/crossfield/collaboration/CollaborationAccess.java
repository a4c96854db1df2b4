package org.crossfield.collaboration;

import java.util.Optional;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for collaborations, used as {@code @collaborationAccess} in {@code @PreAuthorize}. The parties
 * are the student, the supervisor, the mentor and the managers (role PARTNER) of the partner organisation; the
 * coordinators of the collaboration's programme oversee it. Administrators run the platform but do not read
 * collaborations: what partners and students agree is theirs and their programme's.
 */
@Component("collaborationAccess")
public class CollaborationAccess {

    private final CollaborationRepository collaborations;
    private final AccessRules access;

    CollaborationAccess(CollaborationRepository collaborations, AccessRules access) {
        this.collaborations = collaborations;
        this.access = access;
    }

    /** The current person takes part in the collaboration. */
    public boolean isParty(long collaborationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && collaborations.findById(collaborationId).map(c -> isParty(c, me.get())).orElse(false);
    }

    /** The current person coordinates the collaboration's programme. */
    public boolean coordinates(long collaborationId) {
        return collaborations.findById(collaborationId).map(c -> access.coordinates(c.getProgrammeId())).orElse(false);
    }

    /** The current person may read the collaboration: a party or a coordinator of its programme. */
    public boolean canView(long collaborationId) {
        Optional<CrossfieldUser> me = CurrentUser.get();
        return me.isPresent() && collaborations.findById(collaborationId)
                .map(c -> isParty(c, me.get()) || access.coordinates(c.getProgrammeId()))
                .orElse(false);
    }

    static boolean isParty(Collaboration c, CrossfieldUser me) {
        long id = me.getId();
        return is(c.getStudentId(), id) || is(c.getSupervisorId(), id) || is(c.getMentorId(), id)
                || (me.hasRole(Roles.PARTNER) && c.getPartnerOrganisationId() != null
                && c.getPartnerOrganisationId().equals(me.getOrganisationId()));
    }

    private static boolean is(Long party, long me) {
        return party != null && party == me;
    }
}
