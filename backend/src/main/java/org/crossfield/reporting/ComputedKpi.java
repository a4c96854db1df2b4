package org.crossfield.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * THE place where computed KPIs are defined: each code of kpi_definition with kind COMPUTED maps to one aggregate
 * query, counted by the database (docs/adr/0016, docs/user-guide.md "How each KPI is counted"). {@code :from} is the
 * first day of the period and {@code :until} the day after its last day. A comment such as {@code /*COLLABORATION c*}{@code /}
 * is replaced by the filter (programmes, partner organisation, country) for the named scope and table alias
 * ({@link ReportScope}). Outcomes and dissemination activities are counted from their monthly totals, with the days of
 * a partial first or last month counted from the rows ({@code /*FACTS …*}{@code /}, {@link ReportFacts}, docs/adr/0019).
 * {@link Aggregate#MEDIAN} queries select one value per row and are reduced to their median with two bounded queries,
 * never by loading the rows.
 */
enum ComputedKpi {

    /**
     * A collaboration starts when its (first) agreement is signed: the earliest signed_at of its agreements lies in the
     * period. Collaborations whose agreement is still being negotiated have not started, whatever their status.
     */
    COLLABORATIONS_STARTED(Aggregate.SUM, """
            select count(*) from (select ag.collaboration_id, min(ag.signed_at) as signed_at from pub_agreement ag
                                  where ag.signed_at is not null group by ag.collaboration_id) s
              join pub_collaboration c on c.id = s.collaboration_id
            where s.signed_at >= :from and s.signed_at < :until and /*COLLABORATION c*/"""),

    MATCHES_ACCEPTED(Aggregate.SUM, """
            select count(*) from pub_round_proposal rp
              join pub_matching_round mr on mr.id = rp.round_id
              join pub_phd_project p on p.id = rp.project_id
              join pub_app_user m on m.id = rp.mentor_id
            where rp.status = 'ACCEPTED' and rp.decided_at >= :from and rp.decided_at < :until and /*MATCH rp*/"""),

    TIME_TO_MATCH(Aggregate.MEDIAN, """
            select timestampdiff(DAY, p.published_at, rp.decided_at) as v from pub_round_proposal rp
              join pub_matching_round mr on mr.id = rp.round_id
              join pub_phd_project p on p.id = rp.project_id
              join pub_app_user m on m.id = rp.mentor_id
            where rp.status = 'ACCEPTED' and rp.decided_at >= :from and rp.decided_at < :until
              and p.published_at is not null and /*MATCH rp*/"""),

    APPLICATIONS(Aggregate.SUM, """
            select (select count(*) from pub_application a join pub_phd_project p on p.id = a.posting_id
                    where a.posting_type = 'PROJECT' and a.submitted_at >= :from and a.submitted_at < :until and /*PROJECT p*/)
                 + (select count(*) from pub_application a join pub_challenge ch on ch.id = a.posting_id
                    where a.posting_type = 'CHALLENGE' and a.submitted_at >= :from and a.submitted_at < :until and /*CHALLENGE ch*/)"""),

    CHALLENGES_POSTED(Aggregate.SUM, """
            select count(*) from pub_challenge ch
            where ch.published_at >= :from and ch.published_at < :until and /*CHALLENGE ch*/"""),

    JOINT_PUBLICATIONS(Aggregate.SUM, """
            select coalesce(sum(f.n), 0) from /*FACTS OUTCOMES f: type_code = 'PUBLICATION' and joint_public_private = true*/"""),

    IP_DISCLOSURES(Aggregate.SUM, """
            select coalesce(sum(f.n), 0) from /*FACTS OUTCOMES f: type_code = 'IP_LICENSING'*/"""),

    FOLLOW_ON_FUNDING(Aggregate.SUM, """
            select coalesce(sum(f.amount_eur), 0) from /*FACTS OUTCOMES f: type_code = 'FURTHER_FUNDING'*/"""),

    PEOPLE_REACHED(Aggregate.SUM, """
            select coalesce(sum(f.people), 0) from /*FACTS ACTIVITIES f: status = 'DELIVERED'*/"""),

    SOCIAL_POSTS(Aggregate.SUM, """
            select coalesce(sum(f.n), 0) from /*FACTS ACTIVITIES f: activity_code = 'SOCIAL_MEDIA' and status = 'DELIVERED'*/"""),

    PRESS_ITEMS(Aggregate.SUM, """
            select coalesce(sum(f.n), 0)
            from /*FACTS ACTIVITIES f: activity_code in ('PRESS_RELEASE', 'MEDIA_BRIEFING') and status = 'DELIVERED'*/"""),

    CONFERENCE_TALKS(Aggregate.SUM, """
            select coalesce(sum(f.n), 0)
            from /*FACTS ACTIVITIES f: activity_code in ('PART_CONFERENCE', 'ORG_CONFERENCE') and status = 'DELIVERED'*/"""),

    /** An activity has each audience at most once, so counting its PATIENTS audience rows counts activities. */
    PATIENT_ENGAGEMENT(Aggregate.SUM, """
            select coalesce(sum(f.n), 0) from /*FACTS AUDIENCES f: audience_code = 'PATIENTS' and status = 'DELIVERED'*/"""),

    /** Students of a collaboration that was not cancelled and ran for at least one day of the period. */
    TRAINEES(Aggregate.SUM, """
            select count(distinct c.student_id) from pub_collaboration c
            where c.student_id is not null and c.status <> 'CANCELLED'
              and c.started_at < :until and (c.ended_at is null or c.ended_at >= :from) and /*COLLABORATION c*/""");

    /** How a KPI's query result becomes one figure. */
    enum Aggregate {
        /** The query returns the figure itself (a count or a sum). */
        SUM,
        /** The query returns one value per row (column {@code v}); the figure is their median. */
        MEDIAN
    }

    private final Aggregate aggregate;
    private final String sql;
    private final String note;

    ComputedKpi(Aggregate aggregate, String sql) {
        this(aggregate, sql, "");
    }

    ComputedKpi(Aggregate aggregate, String sql, String note) {
        this.aggregate = aggregate;
        this.sql = sql;
        this.note = note;
    }

    /** Where Crossfield counts differently from kpis.csv's wording, says how (shown after "how it is counted"). */
    String note() {
        return note;
    }

    Aggregate aggregate() {
        return aggregate;
    }

    String sql() {
        return sql;
    }

    static Optional<ComputedKpi> of(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
