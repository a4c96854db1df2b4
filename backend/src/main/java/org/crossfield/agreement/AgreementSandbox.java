package org.crossfield.agreement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo agreements in every state: the demo people's collaboration is in negotiation (the partner asked for a longer
 * publication delay), and per programme a few sandbox collaborations have a draft, an agreement in negotiation, one
 * awaiting approvals, a signed one, an active one with publication reviews, and an ended one. Texts are rendered from
 * the seeded templates, so the fingerprints are real.
 */
@Component
class AgreementSandbox implements SandboxContribution {

    private static final AgreementStatus[] CYCLE = {AgreementStatus.DRAFT, AgreementStatus.NEGOTIATION,
            AgreementStatus.AWAITING_APPROVALS, AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.ENDED};
    private static final String[] REGIMES = {"LAMBERT_1", "LAMBERT_2", "LAMBERT_4", "CONSORTIUM", "LAMBERT_3", "LAMBERT_5"};

    @Override
    public int order() {
        return 20; // after the collaborations (10)
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        SplittableRandom random = context.random("agreement");
        long student = context.demoAccount("student");
        List<Long> demo = jdbc.queryForList("select id from pub_collaboration where student_id = ? and status = 'ACTIVE' order by id limit 1",
                Long.class, student);
        demo.forEach(id -> create(jdbc, context.now(), id, "LAMBERT_1", AgreementStatus.NEGOTIATION, 6, random));
        // round-robin over the programmes, so that even the small sandbox has every state
        int count = Math.max(CYCLE.length, Math.min(120, context.size().students() / 10));
        List<Long> collaborations = jdbc.queryForList("""
                select id from (select c.id, c.programme_id,
                                       row_number() over (partition by c.programme_id order by c.id) as n
                                from pub_collaboration c where c.status = 'ACTIVE' and c.student_id is not null
                                  and c.supervisor_id is not null and c.student_id <> ?) ranked
                order by n, programme_id limit ?""", Long.class, student, count);
        for (int i = 0; i < collaborations.size(); i++) {
            create(jdbc, context.now(), collaborations.get(i), REGIMES[i % REGIMES.length], CYCLE[i % CYCLE.length],
                    random.nextInt(1, 40), random);
        }
    }

    private static void create(JdbcTemplate jdbc, Instant now, long collaborationId, String regimeCode, AgreementStatus target,
                               int daysWaiting, SplittableRandom random) {
        Map<String, Object> c = jdbc.queryForMap("""
                select c.programme_id, c.title, c.student_id, c.supervisor_id, c.mentor_id, c.partner_organisation_id,
                       c.academic_organisation_id, st.display_name student, su.display_name supervisor, me.display_name mentor,
                       ao.name academic, po.name partner
                from pub_collaboration c join pub_app_user st on st.id = c.student_id join pub_app_user su on su.id = c.supervisor_id
                left join pub_app_user me on me.id = c.mentor_id left join pub_organisation ao on ao.id = c.academic_organisation_id
                left join pub_organisation po on po.id = c.partner_organisation_id where c.id = ?""", collaborationId);
        Map<String, Object> template = jdbc.queryForMap("""
                select t.id, t.body, r.title, r.results_owner, r.sponsor_rights, r.academic_use_reserved, r.publication_regime,
                       r.publication_notice_days, r.max_delay_days, r.confidentiality_years_after_end, r.notes
                from agreement_template t join pub_ip_regime r on r.code = t.regime_code
                where t.regime_code = ? and t.active = true order by t.version_no desc limit 1""", regimeCode);
        IpRegime regime = new IpRegime(regimeCode, (String) template.get("title"), (String) template.get("results_owner"),
                (String) template.get("sponsor_rights"), (Boolean) template.get("academic_use_reserved"),
                (String) template.get("publication_regime"), integer(template.get("publication_notice_days")),
                integer(template.get("max_delay_days")), integer(template.get("confidentiality_years_after_end")),
                (String) template.get("notes"));
        TemplateEngine.Names names = new TemplateEngine.Names((String) c.get("title"), regimeCode, regime.title(),
                (String) c.get("student"), (String) c.get("supervisor"), (String) c.get("academic"), (String) c.get("partner"),
                (String) c.get("mentor"));
        Long partnerOrganisation = c.get("partner_organisation_id") == null ? null : ((Number) c.get("partner_organisation_id")).longValue();
        Long academicOrganisation = c.get("academic_organisation_id") == null ? null : ((Number) c.get("academic_organisation_id")).longValue();
        List<Object[]> parties = new ArrayList<>();
        long studentId = ((Number) c.get("student_id")).longValue();
        long supervisorId = ((Number) c.get("supervisor_id")).longValue();
        parties.add(new Object[] {studentId, "STUDENT", academicOrganisation});
        parties.add(new Object[] {supervisorId, "SUPERVISOR", academicOrganisation});
        if (c.get("mentor_id") != null) {
            long mentor = ((Number) c.get("mentor_id")).longValue();
            parties.add(new Object[] {mentor, "MENTOR", jdbc.queryForObject("select organisation_id from pub_app_user where id = ?", Long.class, mentor)});
        }
        if (partnerOrganisation != null) {
            for (long manager : jdbc.queryForList("""
                    select u.id from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'PARTNER'
                    where u.organisation_id = ? order by u.id limit 20""", Long.class, partnerOrganisation)) {
                if (parties.stream().noneMatch(p -> (long) p[0] == manager)) {
                    parties.add(new Object[] {manager, "PARTNER", partnerOrganisation});
                }
            }
        }
        Instant started = now.minus(Duration.ofDays(daysWaiting + 20L)).truncatedTo(ChronoUnit.SECONDS);
        Instant changed = now.minus(Duration.ofDays(daysWaiting)).truncatedTo(ChronoUnit.SECONDS);
        AgreementTerms v1 = AgreementTerms.defaultsFor(regime).normalised();
        List<AgreementTerms> versions = new ArrayList<>(List.of(v1));
        if (target != AgreementStatus.DRAFT) {
            AgreementTerms v2 = v1.publicationMaxDelayDays() != null
                    ? v1.withPublicationMaxDelayDays(Math.min(TermsValidator.MAX_DELAY_DAYS, v1.publicationMaxDelayDays() + 30))
                    : v1.withGdpr(GdprRoles.CONTROLLER_PROCESSOR, "Art. 6(1)(e) and 9(2)(j) GDPR (scientific research)",
                    DataAccessModel.TRUSTED_RESEARCH_ENVIRONMENT, true, "METC-" + (2026_000 + random.nextInt(999)), false);
            versions.add(v2);
        }
        int current = versions.size();
        boolean signed = target.isSigned();
        List<String> texts = versions.stream().map(t -> TemplateEngine.render((String) template.get("body"), t, names)).toList();
        String currentSha = Fingerprint.of(texts.getLast());
        jdbc.update("""
                insert into agreement (collaboration_id, programme_id, title, regime_code, template_id, academic_organisation_id,
                    partner_organisation_id, status, current_version, started_by, created_at, status_changed_at, signed_version,
                    signed_sha256, signed_at, demo, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)""",
                collaborationId, c.get("programme_id"), c.get("title"), regimeCode, template.get("id"), academicOrganisation,
                partnerOrganisation, target.name(), current, supervisorId, ts(started), ts(changed), signed ? current : null,
                signed ? currentSha : null, signed ? ts(changed) : null);
        long id = jdbc.queryForObject("select max(id) from agreement where collaboration_id = ?", Long.class, collaborationId);
        for (Object[] p : parties) {
            jdbc.update("insert into agreement_party (agreement_id, user_id, role, organisation_id) values (?, ?, ?, ?)", id, p[0], p[1], p[2]);
        }
        for (int v = 1; v <= versions.size(); v++) {
            Instant at = v == 1 ? started : changed.minus(Duration.ofDays(1));
            long proposer = v == 1 ? supervisorId : (long) parties.getLast()[0];
            jdbc.update("""
                    insert into agreement_version (agreement_id, version_no, terms_json, rendered_text, sha256, proposed_by, note, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", id, v, AgreementJson.write(versions.get(v - 1)), texts.get(v - 1),
                    Fingerprint.of(texts.get(v - 1)), proposer, v == 1 ? "Drafted from the " + regimeCode + " template (version 1)."
                            : "We would like a little more room before publication.", ts(at));
            event(jdbc, id, v, proposer, v == 1 ? "STARTED" : "PROPOSED", null, Fingerprint.of(texts.get(v - 1)), at);
        }
        if (target == AgreementStatus.AWAITING_APPROVALS || signed) {
            event(jdbc, id, current, supervisorId, "APPROVALS_REQUESTED", null, currentSha, changed.minus(Duration.ofHours(12)));
            boolean partnerApproved = false;
            for (Object[] p : parties) {
                boolean partner = "PARTNER".equals(p[1]);
                if (!signed && (partner || "MENTOR".equals(p[1]))) {
                    continue; // awaiting: the industry side has not approved yet
                }
                if (partner && partnerApproved) {
                    continue; // a partner organisation approves once
                }
                partnerApproved |= partner;
                jdbc.update("""
                        insert into agreement_approval (agreement_id, version_no, user_id, decision, sha256, decided_at)
                        values (?, ?, ?, 'APPROVED', ?, ?)""", id, current, p[0], currentSha, ts(changed.minus(Duration.ofHours(1))));
                event(jdbc, id, current, (long) p[0], "APPROVED", null, currentSha, changed.minus(Duration.ofHours(1)));
            }
            if (signed) {
                event(jdbc, id, current, null, "SIGNED", "Every party approved", currentSha, changed);
            }
        }
        if (target == AgreementStatus.ACTIVE) {
            int notice = versions.getLast().publicationNoticeDays();
            jdbc.update("""
                    insert into publication_review (agreement_id, requested_by, title, requested_at, deadline_at, status, demo, version)
                    values (?, ?, ?, ?, ?, 'PENDING', true, 0)""", id, studentId, "Federated survival models: a first evaluation",
                    ts(now.minus(Duration.ofDays(3))), ts(now.minus(Duration.ofDays(3)).plus(Duration.ofDays(notice))));
            jdbc.update("""
                    insert into publication_review (agreement_id, requested_by, title, requested_at, deadline_at, status, answered_at, demo, version)
                    values (?, ?, ?, ?, ?, 'CONSENTED_BY_SILENCE', ?, true, 0)""", id, supervisorId, "Workshop abstract on data quality",
                    ts(changed.plus(Duration.ofDays(1))), ts(changed.plus(Duration.ofDays(1 + notice))), ts(changed.plus(Duration.ofDays(1 + notice))));
        }
    }

    private static void event(JdbcTemplate jdbc, long agreementId, int versionNo, Long actor, String kind, String detail, String sha, Instant at) {
        jdbc.update("""
                insert into agreement_event (agreement_id, version_no, actor_id, kind, detail, sha256, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)""", agreementId, versionNo, actor, kind, detail, sha, ts(at));
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
