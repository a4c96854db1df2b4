package org.crossfield.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * THE place where computed KPIs are defined: each code of kpi_definition with kind COMPUTED maps to one aggregate
 * query, counted by the database (docs/adr/0016, docs/user-guide.md "How each KPI is counted"). {@code :from} is the
 * first day of the period and {@code :until} the day after its last day. A comment such as {@code /*COLLABORATION c*}{@code /}
 * is replaced by the filter (programmes, partner organisation, country) for the named scope and table alias
 * ({@link ReportScope}). {@link Aggregate#MEDIAN} queries select one value per row and are reduced to their median
 * with two bounded queries, never by loading the rows. Outcome and activity queries read their covering index first
 * ({@code straight_join}): the type and period narrow the rows far more than the programme does (docs/adr/0016).
 */
enum ComputedKpi {

    /** Until the agreement module lands, a collaboration counts as started on its started_at (see the user guide). */
    COLLABORATIONS_STARTED(Aggregate.SUM, """
            select count(*) from collaboration c
            where c.started_at >= :from and c.started_at < :until and /*COLLABORATION c*/""",
            " (for now: collaborations that started, i.e. whose offer or match was accepted, in the period)"),

    MATCHES_ACCEPTED(Aggregate.SUM, """
            select count(*) from round_proposal rp
              join matching_round mr on mr.id = rp.round_id
              join phd_project p on p.id = rp.project_id
              join app_user m on m.id = rp.mentor_id
            where rp.status = 'ACCEPTED' and rp.decided_at >= :from and rp.decided_at < :until and /*MATCH rp*/"""),

    TIME_TO_MATCH(Aggregate.MEDIAN, """
            select timestampdiff(DAY, p.published_at, rp.decided_at) as v from round_proposal rp
              join matching_round mr on mr.id = rp.round_id
              join phd_project p on p.id = rp.project_id
              join app_user m on m.id = rp.mentor_id
            where rp.status = 'ACCEPTED' and rp.decided_at >= :from and rp.decided_at < :until
              and p.published_at is not null and /*MATCH rp*/"""),

    APPLICATIONS(Aggregate.SUM, """
            select (select count(*) from application a join phd_project p on p.id = a.posting_id
                    where a.posting_type = 'PROJECT' and a.submitted_at >= :from and a.submitted_at < :until and /*PROJECT p*/)
                 + (select count(*) from application a join challenge ch on ch.id = a.posting_id
                    where a.posting_type = 'CHALLENGE' and a.submitted_at >= :from and a.submitted_at < :until and /*CHALLENGE ch*/)"""),

    CHALLENGES_POSTED(Aggregate.SUM, """
            select count(*) from challenge ch
            where ch.published_at >= :from and ch.published_at < :until and /*CHALLENGE ch*/"""),

    JOINT_PUBLICATIONS(Aggregate.SUM, """
            select count(*) from outcome o straight_join collaboration c on c.id = o.collaboration_id
            where o.type_code = 'PUBLICATION' and o.joint_public_private = true
              and o.occurred_on >= :from and o.occurred_on < :until and /*COLLABORATION c*/"""),

    IP_DISCLOSURES(Aggregate.SUM, """
            select count(*) from outcome o straight_join collaboration c on c.id = o.collaboration_id
            where o.type_code = 'IP_LICENSING' and o.occurred_on >= :from and o.occurred_on < :until and /*COLLABORATION c*/"""),

    FOLLOW_ON_FUNDING(Aggregate.SUM, """
            select coalesce(sum(o.amount_eur), 0) from outcome o straight_join collaboration c on c.id = o.collaboration_id
            where o.type_code = 'FURTHER_FUNDING' and o.occurred_on >= :from and o.occurred_on < :until and /*COLLABORATION c*/"""),

    PEOPLE_REACHED(Aggregate.SUM, """
            select coalesce(sum(da.audience_size), 0) from dissemination_activity da straight_join collaboration c on c.id = da.collaboration_id
            where da.status = 'DELIVERED' and da.occurred_on >= :from and da.occurred_on < :until and /*COLLABORATION c*/"""),

    SOCIAL_POSTS(Aggregate.SUM, """
            select count(*) from dissemination_activity da straight_join collaboration c on c.id = da.collaboration_id
            where da.activity_code = 'SOCIAL_MEDIA' and da.status = 'DELIVERED'
              and da.occurred_on >= :from and da.occurred_on < :until and /*COLLABORATION c*/"""),

    PRESS_ITEMS(Aggregate.SUM, """
            select count(*) from dissemination_activity da straight_join collaboration c on c.id = da.collaboration_id
            where da.activity_code in ('PRESS_RELEASE', 'MEDIA_BRIEFING') and da.status = 'DELIVERED'
              and da.occurred_on >= :from and da.occurred_on < :until and /*COLLABORATION c*/"""),

    CONFERENCE_TALKS(Aggregate.SUM, """
            select count(*) from dissemination_activity da straight_join collaboration c on c.id = da.collaboration_id
            where da.activity_code in ('PART_CONFERENCE', 'ORG_CONFERENCE') and da.status = 'DELIVERED'
              and da.occurred_on >= :from and da.occurred_on < :until and /*COLLABORATION c*/"""),

    PATIENT_ENGAGEMENT(Aggregate.SUM, """
            select count(*) from dissemination_activity da straight_join collaboration c on c.id = da.collaboration_id
            where da.status = 'DELIVERED' and da.occurred_on >= :from and da.occurred_on < :until
              and exists (select 1 from dissemination_audience au where au.activity_id = da.id and au.audience_code = 'PATIENTS')
              and /*COLLABORATION c*/"""),

    /** Students of a collaboration that was not cancelled and ran for at least one day of the period. */
    TRAINEES(Aggregate.SUM, """
            select count(distinct c.student_id) from collaboration c
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
