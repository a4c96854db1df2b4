package org.crossfield.application;

import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.security.ApplicantRelations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application feature's answer to {@link ApplicantRelations}: the current person reviews an application of the
 * person when they own its posting or are on its review team, the same people {@link ApplicationAccess#canReview}
 * lets review it. Read from this feature's own tables and the postings' read models through {@link Postings#JOIN},
 * in one query.
 */
@Component
class ApplicationApplicantRelations implements ApplicantRelations {

    /** Submitted applications of one person to postings the person with these ids owns or reviews. */
    private static final String REVIEWED = "select count(*) from application a " + Postings.JOIN
            + " where a.student_id = ? and a.status <> 'DRAFT' and (" + Postings.SUPERVISOR + " = ? or " + Postings.ORGANISATION
            + " = ? or exists (select 1 from posting_reviewer r where r.posting_type = a.posting_type"
            + " and r.posting_id = a.posting_id and r.user_id = ?))";

    private final JdbcTemplate jdbc;

    ApplicationApplicantRelations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reviewsAnApplicationOf(long personId) {
        return CurrentUser.get().map(me -> reviews(me, personId)).orElse(false);
    }

    private boolean reviews(CrossfieldUser me, long personId) {
        long supervisor = me.hasRole(Roles.SUPERVISOR) ? me.getId() : -1;
        long organisation = me.hasRole(Roles.PARTNER) && me.getOrganisationId() != null ? me.getOrganisationId() : -1;
        Integer n = jdbc.queryForObject(REVIEWED, Integer.class, personId, supervisor, organisation, me.getId());
        return n != null && n > 0;
    }
}
