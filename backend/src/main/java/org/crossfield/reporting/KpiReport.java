package org.crossfield.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report for a filter: the KPI table and the aggregates behind the charts, the funder's dissemination table and the
 * latest outcomes of each type. Every figure is counted by the database; lists are bounded.
 */
public record KpiReport(ReportFilter filter, List<String> programmeNames, String partnerName, List<KpiRow> kpis,
                        List<MonthCount> trend, List<Count> outcomesByType, List<Count> activitiesByType,
                        List<CountryCount> byCountry, List<DisseminationLine> dissemination, List<Count> peopleByAudience,
                        List<OutcomeLine> latestOutcomes, long outcomeTotal) {

    /** Latest outcomes listed per type in the PDF report. */
    public static final int OUTCOMES_PER_TYPE = 25;

    /** Per month (yyyy-MM): collaborations started, outcomes and delivered dissemination activities. */
    public record MonthCount(String month, long collaborations, long outcomes, long activities) {
    }

    /** A code, its title and how many; {@code sum} carries a second figure (e.g. people reached) where one applies. */
    public record Count(String code, String title, long count, long sum) {
    }

    public record CountryCount(String country, long collaborations, long outcomes, long activities) {
    }

    /** One row of the funder's dissemination table: activity type, delivered/ongoing/postponed and people reached. */
    public record DisseminationLine(String activityCode, String title, long delivered, long ongoing, long postponed,
                                    long peopleReached) {
    }

    /**
     * One of the latest outcomes with the parts of its details as stored (any may be null): authors, venue and DOI of a
     * publication, an amount in euros and who gave it. {@link ReportLabels#outcomeDetail} words them in a language.
     */
    public record OutcomeLine(String typeCode, String typeTitle, String title, LocalDate occurredOn, String authors,
                              String venue, String doi, BigDecimal amountEur, String funder, String programmeCode) {
    }

    public KpiRow kpi(String code) {
        return kpis.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }
}
