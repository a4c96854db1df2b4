package org.crossfield.agreement;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Collaborations to make agreements for: each test gets its own copy of the demo people's collaboration. */
final class AgreementFixture {

    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    private static final AtomicInteger COPIES = new AtomicInteger();

    private final JdbcTemplate jdbc;

    AgreementFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long demoCollaboration() {
        return jdbc.queryForObject("""
                select min(c.id) from collaboration c join app_user u on u.id = c.student_id
                where u.email = ? and c.status = 'ACTIVE' and c.partner_organisation_id is not null""", Long.class, STUDENT);
    }

    /** A new active collaboration of the demo student, supervisor, mentor and partner organisation. */
    long freshCollaboration() {
        long demo = demoCollaboration();
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, status, started_at, demo, version)
                select programme_id, concat(title, ' (copy ', ?, ')'), origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, 'ACTIVE', started_at, false, 0 from collaboration where id = ?""",
                COPIES.incrementAndGet(), demo);
        return jdbc.queryForObject("select max(id) from collaboration", Long.class);
    }

    /** The demo coordinator when they coordinate the collaboration's programme, else a coordinator who does. */
    String coordinatorOf(long collaborationId) {
        return jdbc.queryForObject("""
                select u.email from programme_coordinator pc join app_user u on u.id = pc.user_id
                where pc.programme_id = (select programme_id from collaboration where id = ?)
                order by (u.email = ?) desc, u.id limit 1""", String.class, collaborationId, COORDINATOR);
    }

    String coordinatorOfAnotherProgramme(long collaborationId) {
        return jdbc.queryForObject("""
                select u.email from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.id not in (select user_id from programme_coordinator
                                   where programme_id = (select programme_id from collaboration where id = ?))
                order by u.id limit 1""", String.class, collaborationId);
    }

    /** Someone of {@code email}'s organisation who is not yet a party to the agreement. */
    String colleagueOutsideTheAgreement(String email, long agreementId) {
        return jdbc.queryForObject("""
                select u.email from app_user u
                where u.organisation_id = (select organisation_id from app_user where email = ?)
                  and u.id not in (select user_id from agreement_party where agreement_id = ?) and u.enabled = true
                order by u.id limit 1""", String.class, email, agreementId);
    }

    String otherStudent() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> ? order by u.id limit 1""", String.class, STUDENT);
    }

    String partnerOfAnotherOrganisation(long collaborationId) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select partner_organisation_id from collaboration where id = ?) order by u.id limit 1""",
                String.class, collaborationId);
    }
}
