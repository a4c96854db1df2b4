package org.crossfield.agreement;

import java.util.List;
import org.crossfield.identity.AccessRules;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rules for agreements, used as {@code @agreementAccess} in {@code @PreAuthorize}: only the parties and
 * the coordinators of the collaboration's programme see an agreement; only its parties (its named approvers) approve;
 * students and supervisors ask for publication review, the partner's side answers.
 */
@Component("agreementAccess")
public class AgreementAccess {

    private final JdbcTemplate jdbc;
    private final AccessRules access;

    AgreementAccess(JdbcTemplate jdbc, AccessRules access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private List<Long> programmeOf(Long agreementId) {
        return agreementId == null ? List.of()
                : jdbc.queryForList("select programme_id from agreement where id = ?", Long.class, agreementId);
    }

    private List<String> myRoles(Long agreementId) {
        return CurrentUser.get().map(u -> jdbc.queryForList("select role from agreement_party where agreement_id = ? and user_id = ?",
                String.class, agreementId, u.getId())).orElse(List.of());
    }

    /** A party, or a coordinator of the programme. Unknown agreements are "visible" so the service can say "not found". */
    public boolean canView(Long agreementId) {
        List<Long> programme = programmeOf(agreementId);
        if (programme.isEmpty()) {
            return agreementId != null && CurrentUser.get().isPresent();
        }
        return isParty(agreementId) || access.coordinates(programme.getFirst());
    }

    /** One of the agreement's parties (every party is a named approver). */
    public boolean isParty(Long agreementId) {
        return agreementId != null && !myRoles(agreementId).isEmpty();
    }

    public boolean coordinates(Long agreementId) {
        List<Long> programme = programmeOf(agreementId);
        return !programme.isEmpty() && access.coordinates(programme.getFirst());
    }

    /** Parties and coordinators propose versions and comment. */
    public boolean canNegotiate(Long agreementId) {
        return isParty(agreementId) || coordinates(agreementId);
    }

    /** The supervisor or a partner manager adds their organisation's legal / tech-transfer officer. */
    public boolean canAddOfficer(Long agreementId) {
        List<String> roles = myRoles(agreementId);
        return roles.contains(PartyRole.SUPERVISOR.name()) || roles.contains(PartyRole.PARTNER.name());
    }

    /** Coordinators, supervisors and partner managers move a signed agreement to active and an active one to its end. */
    public boolean canManage(Long agreementId) {
        return coordinates(agreementId) || canAddOfficer(agreementId);
    }

    /** The student or the supervisor asks for publication review. */
    public boolean canRequestReview(Long agreementId) {
        List<String> roles = myRoles(agreementId);
        return roles.contains(PartyRole.STUDENT.name()) || roles.contains(PartyRole.SUPERVISOR.name());
    }

    /** A coordinator of the collaboration's programme, or a partner manager of its partner organisation. */
    public boolean canStart(Long collaborationId) {
        if (collaborationId == null) {
            return false;
        }
        List<long[]> found = jdbc.query("select programme_id, coalesce(partner_organisation_id, 0) from pub_collaboration where id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, collaborationId);
        if (found.isEmpty()) {
            return CurrentUser.get().isPresent();
        }
        CrossfieldUser me = CurrentUser.get().orElse(null);
        return me != null && (access.coordinates(found.getFirst()[0]) || me.hasRole(Roles.PARTNER)
                && me.getOrganisationId() != null && me.getOrganisationId() == found.getFirst()[1]);
    }

    /** The partner's side of the review's agreement: a partner manager or the partner organisation's officer. */
    public boolean canAnswerReview(Long reviewId) {
        if (reviewId == null) {
            return false;
        }
        return CurrentUser.get().map(u -> {
            Integer n = jdbc.queryForObject("""
                    select count(*) from publication_review r join agreement a on a.id = r.agreement_id
                    join agreement_party p on p.agreement_id = a.id and p.user_id = ?
                    where r.id = ? and (p.role = 'PARTNER' or (p.role = 'OFFICER' and p.organisation_id = a.partner_organisation_id))""",
                    Integer.class, u.getId(), reviewId);
            return n != null && n > 0;
        }).orElse(false);
    }

    public boolean canViewReview(Long reviewId) {
        if (reviewId == null) {
            return false;
        }
        List<Long> agreement = jdbc.queryForList("select agreement_id from publication_review where id = ?", Long.class, reviewId);
        return agreement.isEmpty() ? CurrentUser.get().isPresent() : canView(agreement.getFirst());
    }
}
