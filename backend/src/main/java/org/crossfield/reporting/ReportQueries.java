package org.crossfield.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crossfield.reporting.KpiReport.Count;
import org.crossfield.reporting.KpiReport.CountryCount;
import org.crossfield.reporting.KpiReport.DisseminationLine;
import org.crossfield.reporting.KpiReport.MonthCount;
import org.crossfield.reporting.KpiReport.OutcomeLine;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the report's aggregate queries. Every method returns aggregates (at most one row per KPI, month, type or country)
 * or a bounded list; no method loads the rows it counts.
 */
@Component
class ReportQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static MapSqlParameterSource params(ReportFilter filter) {
        LocalDate until = filter.to().plusDays(1);
        return ReportFacts.wholeMonths(new MapSqlParameterSource()
                .addValue("programmes", filter.programmeIds())
                .addValue("from", filter.from(), Types.DATE)
                .addValue("until", until, Types.DATE)
                .addValue("partner", filter.partnerOrganisationId(), Types.BIGINT)
                .addValue("country", filter.country(), Types.CHAR), filter.from(), until);
    }

    /** The figure of one computed KPI for the filter; null for a median over nothing. */
    BigDecimal compute(ComputedKpi kpi, ReportFilter filter) {
        String sql = ReportScope.expand(kpi.sql(), filter);
        MapSqlParameterSource params = params(filter);
        return switch (kpi.aggregate()) {
            case SUM -> {
                BigDecimal value = jdbc.queryForObject(sql, params, BigDecimal.class);
                yield value == null ? BigDecimal.ZERO : value;
            }
            case MEDIAN -> median(sql, params);
        };
    }

    /** Median of column v: one count, then at most two values at the middle offset. */
    private BigDecimal median(String valuesSql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*) from (" + valuesSql + ") x", params, Long.class);
        if (n == null || n == 0) {
            return null;
        }
        long offset = (n - 1) / 2;
        int take = n % 2 == 0 ? 2 : 1;
        List<BigDecimal> middle = jdbc.queryForList("select v from (" + valuesSql + ") x order by v limit " + take
                + " offset " + offset, params, BigDecimal.class);
        BigDecimal sum = middle.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(middle.size()), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Sum of targets per KPI set for the selected programmes on periods inside the report's period; days are averaged. */
    Map<String, BigDecimal> targets(ReportFilter filter) {
        return perKpi("""
                select t.kpi_code, case when d.unit = 'days' then avg(t.target) else sum(t.target) end
                from kpi_target t join kpi_definition d on d.code = t.kpi_code
                where t.programme_id in (:programmes) and t.period_from >= :from and t.period_to < :until
                group by t.kpi_code, d.unit""", filter);
    }

    /** Sum of measured figures per KPI entered for the selected programmes on periods inside the report's period. */
    Map<String, BigDecimal> measurements(ReportFilter filter) {
        return perKpi("""
                select m.kpi_code, sum(m.measured_value) from kpi_measurement m
                where m.programme_id in (:programmes) and m.period_from >= :from and m.period_to < :until
                group by m.kpi_code""", filter);
    }

    private Map<String, BigDecimal> perKpi(String sql, ReportFilter filter) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.query(sql, params(filter), rs -> {
            result.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        });
        return result;
    }

    /** The chart and table aggregates of a report, from one grouped pass over outcomes and one over activities. */
    record Aggregates(List<MonthCount> trend, List<Count> outcomesByType, List<DisseminationLine> dissemination,
                      List<CountryCount> byCountry) {
    }

    /**
     * One grouped query per kind (collaborations, outcomes, activities) by month, type and the collaboration's
     * organisation (the partner, else the academic one), outcomes and activities from their monthly totals
     * ({@link ReportFacts}); the per-month, per-type and per-country figures are added up from those few hundred groups,
     * and organisations are turned into countries with one small look-up.
     */
    Aggregates aggregates(ReportFilter filter) {
        Map<String, long[]> months = new TreeMap<>();
        YearMonth last = YearMonth.from(filter.to());
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m.toString(), new long[3]);
        }
        Map<Long, long[]> byOrganisation = new LinkedHashMap<>();
        MapSqlParameterSource params = params(filter);
        jdbc.query(ReportScope.expand("""
                select date_format(s.signed_at, '%Y-%m'), count(*)
                from (select ag.collaboration_id, min(ag.signed_at) as signed_at from pub_agreement ag
                      where ag.signed_at is not null group by ag.collaboration_id) s
                  join pub_collaboration c on c.id = s.collaboration_id
                where s.signed_at >= :from and s.signed_at < :until and /*COLLABORATION c*/ group by 1""", filter), params, rs -> {
            long[] month = months.get(rs.getString(1));
            if (month != null) {
                month[0] += rs.getLong(2);
            }
        });
        jdbc.query(ReportScope.expand("""
                select coalesce(c.partner_organisation_id, c.academic_organisation_id), count(*) from pub_collaboration c
                where c.status <> 'CANCELLED' and c.started_at < :until and (c.ended_at is null or c.ended_at >= :from)
                  and /*COLLABORATION c*/ group by 1""", filter), params,
                rs -> {
                    organisation(byOrganisation, rs.getObject(1, Long.class))[0] += rs.getLong(2);
                });

        Map<String, Long> typeCounts = new LinkedHashMap<>();
        jdbc.query(ReportScope.expand("""
                select date_format(f.month, '%Y-%m'), f.type_code, f.org, sum(f.n) from /*FACTS OUTCOMES f*/
                group by 1, 2, 3""", filter), params, rs -> {
            long n = rs.getLong(4);
            long[] month = months.get(rs.getString(1));
            if (month != null) {
                month[1] += n;
            }
            typeCounts.merge(rs.getString(2), n, Long::sum);
            organisation(byOrganisation, rs.getObject(3, Long.class))[1] += n;
        });

        Map<String, long[]> byActivity = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        jdbc.query("select code, title from pub_dissemination_code where kind = 'activity' order by code", Map.of(), rs -> {
            titles.put(rs.getString(1), rs.getString(2));
            byActivity.put(rs.getString(1), new long[4]);
        });
        jdbc.query(ReportScope.expand("""
                select date_format(f.month, '%Y-%m'), f.activity_code, f.status, f.org, sum(f.n), sum(f.people)
                from /*FACTS ACTIVITIES f*/
                group by 1, 2, 3, 4""", filter), params, rs -> {
            long n = rs.getLong(5);
            long[] row = byActivity.computeIfAbsent(rs.getString(2), k -> new long[4]);
            switch (rs.getString(3)) {
                case "DELIVERED" -> {
                    row[0] += n;
                    row[3] += rs.getLong(6);
                    long[] month = months.get(rs.getString(1));
                    if (month != null) {
                        month[2] += n;
                    }
                    organisation(byOrganisation, rs.getObject(4, Long.class))[2] += n;
                }
                case "ONGOING" -> row[1] += n;
                default -> row[2] += n;
            }
        });

        List<MonthCount> trend = months.entrySet().stream()
                .map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        List<Count> types = new ArrayList<>();
        if (!typeCounts.isEmpty()) {
            jdbc.query("select code, title from pub_outcome_type where code in (:codes)", new MapSqlParameterSource("codes", typeCounts.keySet()),
                    rs -> {
                        types.add(new Count(rs.getString(1), rs.getString(2), typeCounts.get(rs.getString(1)), 0));
                    });
        }
        types.sort(java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code));
        List<DisseminationLine> dissemination = new ArrayList<>();
        byActivity.forEach((code, v) -> dissemination.add(new DisseminationLine(code, titles.getOrDefault(code, code), v[0], v[1], v[2], v[3])));
        return new Aggregates(trend, types, dissemination, byCountry(byOrganisation));
    }

    private static long[] organisation(Map<Long, long[]> byOrganisation, Long id) {
        return byOrganisation.computeIfAbsent(id == null ? -1L : id, k -> new long[3]);
    }

    private List<CountryCount> byCountry(Map<Long, long[]> byOrganisation) {
        Map<Long, String> countries = new LinkedHashMap<>();
        List<Long> ids = byOrganisation.keySet().stream().filter(id -> id >= 0).toList();
        for (int i = 0; i < ids.size(); i += 1_000) {
            jdbc.query("select id, country from pub_organisation where id in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + 1_000))),
                    rs -> {
                        countries.put(rs.getLong(1), rs.getString(2));
                    });
        }
        Map<String, long[]> byCountry = new TreeMap<>();
        byOrganisation.forEach((id, v) -> {
            long[] sum = byCountry.computeIfAbsent(countries.getOrDefault(id, "—"), k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += v[i];
            }
        });
        return byCountry.entrySet().stream()
                .map(e -> new CountryCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Delivered activities and people reached per audience (an activity with several audiences counts in each). */
    List<Count> peopleByAudience(ReportFilter filter) {
        return jdbc.query(ReportScope.expand("""
                select dc.code, dc.title, x.n, x.people from (
                  select f.audience_code, sum(f.n) n, sum(f.people) people
                  from /*FACTS AUDIENCES f: status = 'DELIVERED'*/
                  group by f.audience_code) x
                join pub_dissemination_code dc on dc.kind = 'audience' and dc.code = x.audience_code
                order by x.people desc, dc.code""", filter), params(filter),
                (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** The latest {@code perType} outcomes of each type that has any (one bounded query per type). */
    List<OutcomeLine> latestOutcomes(ReportFilter filter, List<Count> types, int perType) {
        List<OutcomeLine> lines = new ArrayList<>();
        for (Count type : types) {
            MapSqlParameterSource params = params(filter).addValue("type", type.code()).addValue("limit", perType);
            lines.addAll(jdbc.query(ReportScope.expand("""
                    select o.title, o.occurred_on, o.venue, o.doi, o.authors, o.amount_eur, o.funder, pr.code
                    from pub_outcome o straight_join pub_collaboration c on c.id = o.collaboration_id join pub_programme pr on pr.id = c.programme_id
                    where o.type_code = :type and o.occurred_on >= :from and o.occurred_on < :until and /*COLLABORATION c*/
                    order by o.occurred_on desc, o.id desc limit :limit""", filter), params,
                    (rs, i) -> new OutcomeLine(type.code(), type.title(), rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getString(5), rs.getString(3), rs.getString(4), rs.getBigDecimal(6), rs.getString(7),
                            rs.getString(8))));
        }
        return lines;
    }
}
