package org.crossfield.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.reporting.KpiReport.Count;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's impact report: KPI targets against actuals for one or more programmes, a period, and optionally a
 * partner organisation and a country, with the aggregates behind the charts. All figures are counted by the database
 * ({@link ComputedKpi}, docs/adr/0016). Only coordinators of every selected programme, and administrators, get a report.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** The longest period one report covers. */
    public static final int MAX_YEARS = 10;

    private final ReportQueries queries;
    private final KpiService kpis;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;

    ReportService(ReportQueries queries, KpiService kpis, IdentityService identity, NamedParameterJdbcTemplate jdbc) {
        this.queries = queries;
        this.kpis = kpis;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** The programmes the current person may report on. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<ProgrammeBrief> reportableProgrammes() {
        return identity.myProgrammes();
    }

    /** Partner organisations (companies and public bodies) whose name contains {@code text}; at most 50. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<OrganisationBrief> partnerOrganisations(String text) {
        return identity.findOrganisations(text).stream()
                .filter(o -> o.type() == org.crossfield.identity.OrganisationType.COMPANY
                        || o.type() == org.crossfield.identity.OrganisationType.PUBLIC_BODY)
                .toList();
    }

    /** The countries organisations are in (ISO codes). */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<String> countries() {
        return jdbc.queryForList("select distinct country from pub_organisation order by country limit 300", Map.of(), String.class);
    }

    /** The dashboard: KPIs, trend, bars and the dissemination table (no outcome lists). */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    @io.micrometer.core.annotation.Timed(value = "crossfield.report.build", extraTags = {"report", "screen"}, description = "Building a report")
    public KpiReport report(ReportFilter filter) {
        return build(filter, false);
    }

    /** The full report, with the latest outcomes of each type, as the exports need it. */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    @io.micrometer.core.annotation.Timed(value = "crossfield.report.build", extraTags = {"report", "full"}, description = "Building a report")
    public KpiReport fullReport(ReportFilter filter) {
        return build(filter, true);
    }

    KpiReport build(ReportFilter filter, boolean withOutcomes) {
        validate(filter);
        Map<String, BigDecimal> targets = queries.targets(filter);
        Map<String, BigDecimal> measured = queries.measurements(filter);
        List<KpiRow> rows = new ArrayList<>();
        for (KpiDefinitionSummary kpi : kpis.definitions()) {
            BigDecimal actual = kpi.kind() == KpiKind.MEASURED
                    ? measured.get(kpi.code())
                    : ComputedKpi.of(kpi.code()).map(c -> queries.compute(c, filter)).orElse(null);
            String how = kpi.howCounted() + ComputedKpi.of(kpi.code()).map(ComputedKpi::note).orElse("");
            rows.add(new KpiRow(kpi.code(), kpi.title(), kpi.unit(), kpi.kind(), targets.get(kpi.code()), actual, how));
        }
        ReportQueries.Aggregates aggregates = queries.aggregates(filter);
        List<Count> activities = aggregates.dissemination().stream().filter(d -> d.delivered() > 0)
                .sorted((a, b) -> Long.compare(b.delivered(), a.delivered()))
                .map(d -> new Count(d.activityCode(), d.title(), d.delivered(), d.peopleReached())).toList();
        long outcomeTotal = aggregates.outcomesByType().stream().mapToLong(Count::count).sum();
        return new KpiReport(filter, programmeNames(filter), partnerName(filter), rows, aggregates.trend(),
                aggregates.outcomesByType(), activities, aggregates.byCountry(), aggregates.dissemination(),
                queries.peopleByAudience(filter),
                withOutcomes ? queries.latestOutcomes(filter, aggregates.outcomesByType(), KpiReport.OUTCOMES_PER_TYPE) : List.of(),
                outcomeTotal);
    }

    private void validate(ReportFilter filter) {
        if (filter.programmeIds().isEmpty()) {
            throw new InvalidReportException("reporting.error.choose-programmes", "Choose at least one programme.");
        }
        KpiService.period(filter.from(), filter.to());
        if (filter.to().isAfter(filter.from().plusYears(MAX_YEARS))) {
            throw new InvalidReportException("reporting.error.too-long", "A report covers at most " + MAX_YEARS
                    + " years; choose a shorter period.", MAX_YEARS);
        }
        if (filter.country() != null && !filter.country().matches("[A-Z]{2}")) {
            throw new InvalidReportException("reporting.error.country", "Choose a country by its two-letter code, e.g. BE.");
        }
    }

    private List<String> programmeNames(ReportFilter filter) {
        return jdbc.queryForList("select name from pub_programme where id in (:ids) order by code",
                new MapSqlParameterSource("ids", filter.programmeIds()), String.class);
    }

    private String partnerName(ReportFilter filter) {
        if (filter.partnerOrganisationId() == null) {
            return null;
        }
        return jdbc.queryForList("select name from pub_organisation where id = :id",
                new MapSqlParameterSource("id", filter.partnerOrganisationId()), String.class).stream().findFirst().orElse(null);
    }
}
