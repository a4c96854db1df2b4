package org.crossfield.agreement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-side SQL of the agreement module: lists, names, and the facts of a collaboration it starts from. */
@Component
class AgreementQueries {

    static final int MAX_LIST = 200;

    private final JdbcTemplate jdbc;

    AgreementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record CollaborationFacts(long id, long programmeId, String title, Long studentId, Long supervisorId, Long mentorId,
                              Long partnerOrganisationId, Long academicOrganisationId, String status) {
    }

    record Person(String name, String email) {
    }

    static AgreementSummary summary(Agreement a) {
        return new AgreementSummary(a.getId(), a.getTitle(), a.getRegimeCode(), a.getStatus(), a.getCurrentVersion(),
                a.getStatusChangedAt(), a.getCollaborationId());
    }

    Optional<CollaborationFacts> collaboration(long id) {
        return jdbc.query("""
                select id, programme_id, title, student_id, supervisor_id, mentor_id, partner_organisation_id,
                       academic_organisation_id, status from pub_collaboration where id = ?""",
                (rs, i) -> new CollaborationFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getObject(8, Long.class),
                        rs.getString(9)), id).stream().findFirst();
    }

    List<Long> partnerManagers(long organisationId) {
        return jdbc.queryForList("""
                select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id = ? and u.enabled = true order by u.id limit 20""", Long.class, organisationId);
    }

    Long organisationOf(long userId) {
        return jdbc.query("select organisation_id from pub_app_user where id = ?", (rs, i) -> rs.getObject(1, Long.class), userId)
                .stream().findFirst().orElse(null);
    }

    Optional<Long> userByEmail(String email) {
        return jdbc.queryForList("select id from pub_app_user where lower(email) = lower(?) and enabled = true", Long.class, email)
                .stream().findFirst();
    }

    String name(Long userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.queryForList("select display_name from pub_app_user where id = ?", String.class, userId).stream().findFirst().orElse("#" + userId);
    }

    Person person(long userId) {
        return jdbc.query("select display_name, email from pub_app_user where id = ?", (rs, i) -> new Person(rs.getString(1), rs.getString(2)), userId)
                .stream().findFirst().orElse(new Person("#" + userId, null));
    }

    String organisationName(Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        return jdbc.queryForList("select name from pub_organisation where id = ?", String.class, organisationId).stream().findFirst().orElse(null);
    }

    String programmeName(long programmeId) {
        return jdbc.queryForList("select name from pub_programme where id = ?", String.class, programmeId).stream().findFirst().orElse(null);
    }

    List<IpRegime> regimes() {
        return jdbc.query("select code, title, results_owner, sponsor_rights, academic_use_reserved, publication_regime,"
                + " publication_notice_days, max_delay_days, confidentiality_years_after_end, notes from pub_ip_regime r"
                + " where exists (select 1 from agreement_template t where t.regime_code = r.code and t.active = true) order by code",
                (rs, i) -> regime(rs));
    }

    IpRegime regime(String code) {
        return jdbc.query("select code, title, results_owner, sponsor_rights, academic_use_reserved, publication_regime,"
                + " publication_notice_days, max_delay_days, confidentiality_years_after_end, notes from pub_ip_regime where code = ?",
                (rs, i) -> regime(rs), code).stream().findFirst()
                .orElseThrow(() -> new InvalidAgreementException("agreement.error.no-regime", "There is no IP regime \"" + code + "\".", code));
    }

    private static IpRegime regime(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new IpRegime(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, Boolean.class),
                rs.getString(6), rs.getObject(7, Integer.class), rs.getObject(8, Integer.class), rs.getObject(9, Integer.class),
                rs.getString(10));
    }

    List<AgreementSummary> ofParty(long userId) {
        return jdbc.query("""
                select a.id, a.title, a.regime_code, a.status, a.current_version, a.status_changed_at, a.collaboration_id
                from agreement a join agreement_party p on p.agreement_id = a.id and p.user_id = ?
                order by a.id desc limit ?""",
                (rs, i) -> new AgreementSummary(rs.getLong(1), rs.getString(2), rs.getString(3), AgreementStatus.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getLong(7)), userId, MAX_LIST);
    }

    /** One page (plus one row, to tell whether there is more) of my programmes' agreements, longest waiting first. */
    List<WaitingAgreement> ofCoordinator(long coordinatorId, AgreementStatus status, Pageable page, Instant now) {
        List<Object> args = new java.util.ArrayList<>(List.of(coordinatorId));
        String filter = "";
        if (status != null) {
            filter = " and a.status = ?";
            args.add(status.name());
        }
        args.add(page.getPageSize() + 1);
        args.add(page.getOffset());
        List<Object[]> rows = jdbc.query("""
                select a.id, a.title, pr.name, a.status, a.current_version, a.status_changed_at
                from agreement a join pub_programme_coordinator c on c.programme_id = a.programme_id and c.user_id = ?
                join pub_programme pr on pr.id = a.programme_id
                where 1 = 1""" + filter + " order by a.status_changed_at, a.id limit ? offset ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()}, args.toArray());
        return rows.stream().map(r -> {
            long id = (Long) r[0];
            AgreementStatus s = AgreementStatus.valueOf((String) r[3]);
            Instant since = (Instant) r[5];
            return new WaitingAgreement(id, (String) r[1], (String) r[2], s, (Integer) r[4], since,
                    AgreementService.daysBetween(since, now), waitingOn(id, s, (Integer) r[4]));
        }).toList();
    }

    List<StartableCollaboration> startable(long userId, long partnerOrganisationId) {
        return jdbc.query("""
                select c.id, c.title, pr.name, st.display_name, po.name from pub_collaboration c
                join pub_programme pr on pr.id = c.programme_id
                left join pub_app_user st on st.id = c.student_id
                left join pub_organisation po on po.id = c.partner_organisation_id
                where c.status = 'ACTIVE'
                  and (c.programme_id in (select programme_id from pub_programme_coordinator where user_id = ?)
                       or c.partner_organisation_id = ?)
                  and not exists (select 1 from agreement a where a.collaboration_id = c.id and a.status <> 'ENDED')
                order by c.started_at desc, c.id desc limit ?""",
                (rs, i) -> new StartableCollaboration(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                userId, partnerOrganisationId, MAX_LIST);
    }

    /** Whom an agreement waits for, in words. */
    String waitingOn(long agreementId, AgreementStatus status, int currentVersion) {
        return switch (status) {
            case DRAFT, NEGOTIATION -> "the parties (negotiation)";
            case AWAITING_APPROVALS -> {
                List<String> pending = jdbc.queryForList("""
                        select concat(u.display_name, ' (', lower(p.role), ')') from agreement_party p
                        join pub_app_user u on u.id = p.user_id
                        join agreement a on a.id = p.agreement_id
                        where p.agreement_id = ?
                          and not exists (select 1 from agreement_approval ap where ap.agreement_id = p.agreement_id
                                and ap.version_no = ? and ap.decision = 'APPROVED'
                                and (ap.user_id = p.user_id or (p.role = 'PARTNER' and ap.user_id in
                                     (select q.user_id from agreement_party q where q.agreement_id = p.agreement_id
                                      and q.role = 'PARTNER' and q.organisation_id = p.organisation_id))))
                        order by p.role, u.display_name limit 20""", String.class, agreementId, currentVersion);
                yield pending.isEmpty() ? "nobody" : String.join(", ", pending);
            }
            case SIGNED -> "activation";
            case ACTIVE, ENDED -> "nobody";
        };
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    /** The agreement's texts were pseudonymised after a party's erasure (its trail says so). */
    boolean partyErased(long agreementId) {
        Integer n = jdbc.queryForObject("select count(*) from agreement_event where agreement_id = ? and kind = ?", Integer.class,
                agreementId, AgreementPersonalData.PARTY_ERASED);
        return n != null && n > 0;
    }
}
