package org.crossfield.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.crossfield.collaboration.OutcomeTotals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every KPI on the hand-made data set of {@link ReportFixture}, for 2025, with partner and country filters and across two
 * programmes; and who may get a report.
 */
@CrossfieldIntegrationTest
class ReportServiceIntegrationTest {

    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";
    private static ReportFixture data;

    @Autowired
    ReportService reports;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @BeforeEach
    void dataSet() {
        synchronized (ReportServiceIntegrationTest.class) {
            if (data == null) {
                data = ReportFixture.create(jdbc, totals, "-svc");
            }
        }
    }

    private Map<String, BigDecimal> kpis(ReportFilter filter) {
        KpiReport report = runAs.as(COORDINATOR, () -> reports.report(filter));
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        report.kpis().forEach(k -> actual.put(k.code(), k.actual() == null ? null : k.actual().stripTrailingZeros()));
        return actual;
    }

    private static Map<String, BigDecimal> expected(Object... codeAndValue) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            Object v = codeAndValue[i + 1];
            map.put((String) codeAndValue[i], v == null ? null : new BigDecimal(v.toString()).stripTrailingZeros());
        }
        return map;
    }

    @Test
    void everyKpiOfProgrammeXIn2025() {
        assertThat(kpis(data.year2025(data.x))).containsExactlyInAnyOrderEntriesOf(expected(
                // agreements of c1, c2 and c3 signed in 2025 (c1's second one does not count again; c3 was accepted in 2024;
                // c4's was never signed; c5's in 2026)
                "COLLABORATIONS_STARTED", 3,
                // rp1, rp2, rp3 (rp4 declined, rp5 in 2026, rp6 pending)
                "MATCHES_ACCEPTED", 3,
                // 10, 30 and 50 days from publication
                "TIME_TO_MATCH", 30,
                // ap1–ap4 (ap5 is a draft, ap6 was submitted in 2024)
                "APPLICATIONS", 4,
                // ch1, ch2 (ch3 opened in 2024, ch4 is a draft)
                "CHALLENGES_POSTED", 2,
                // o1, o3 (o2 not joint, o4 in 2024)
                "JOINT_PUBLICATIONS", 2,
                "IP_DISCLOSURES", 2,
                "FOLLOW_ON_FUNDING", "158000.50",
                // delivered a1 500 + a2 120 + a3 80 + a4 1000 + a6 25 (+ a9 without a size)
                "PEOPLE_REACHED", 1725,
                // two half-year figures; the 2026 one is outside
                "WEBSITE_VISITORS", 2500,
                "MATERIAL_DOWNLOADS", null,
                "SOCIAL_POSTS", 1,
                // a4 and a9 (a5 is ongoing)
                "PRESS_ITEMS", 2,
                // a2 and a3 (a7 postponed)
                "CONFERENCE_TALKS", 2,
                // a3 and a6
                "PATIENT_ENGAGEMENT", 2,
                // s1 (c1 and c3) and s2; s3's collaboration was cancelled, s4's starts in 2026
                "TRAINEES", 2));
    }

    @Test
    void filteredToPartnerP1() {
        assertThat(kpis(data.year2025(data.x).withPartner(data.p1))).containsAllEntriesOf(expected(
                // c1 and c3 signed in 2025
                "COLLABORATIONS_STARTED", 2, "MATCHES_ACCEPTED", 1, "TIME_TO_MATCH", 10,
                // ap1 to a project linked to P1's challenge, ap3 to P1's challenge
                "APPLICATIONS", 2, "CHALLENGES_POSTED", 1, "JOINT_PUBLICATIONS", 1, "IP_DISCLOSURES", 0,
                "FOLLOW_ON_FUNDING", 100000, "PEOPLE_REACHED", 620, "SOCIAL_POSTS", 1, "PRESS_ITEMS", 1,
                "CONFERENCE_TALKS", 1, "PATIENT_ENGAGEMENT", 0, "TRAINEES", 1));
    }

    @Test
    void filteredToPartnerP2TheMedianOfTwoIsTheirMean() {
        assertThat(kpis(data.year2025(data.x).withPartner(data.p2))).containsAllEntriesOf(expected(
                "MATCHES_ACCEPTED", 2, "TIME_TO_MATCH", 40, "COLLABORATIONS_STARTED", 1, "TRAINEES", 1));
    }

    @Test
    void filteredToCountries() {
        // Belgium: P1 and U2 are Belgian
        assertThat(kpis(data.year2025(data.x).withCountry("be"))).containsAllEntriesOf(expected(
                // c1 (P1), c2 (U2), c3 (P1, U2)
                "COLLABORATIONS_STARTED", 3, "MATCHES_ACCEPTED", 2, "TIME_TO_MATCH", 20, "APPLICATIONS", 2,
                "CHALLENGES_POSTED", 1, "JOINT_PUBLICATIONS", 2, "IP_DISCLOSURES", 1, "FOLLOW_ON_FUNDING", "158000.50",
                "PEOPLE_REACHED", 1700, "PATIENT_ENGAGEMENT", 1));
        // the Netherlands: P2 only
        assertThat(kpis(data.year2025(data.x).withCountry("NL"))).containsAllEntriesOf(expected(
                "COLLABORATIONS_STARTED", 1, "MATCHES_ACCEPTED", 2, "APPLICATIONS", 1, "CHALLENGES_POSTED", 1,
                "JOINT_PUBLICATIONS", 1, "IP_DISCLOSURES", 2, "FOLLOW_ON_FUNDING", "58000.50", "PEOPLE_REACHED", 1105,
                "SOCIAL_POSTS", 0, "PRESS_ITEMS", 1, "CONFERENCE_TALKS", 1, "PATIENT_ENGAGEMENT", 2));
    }

    @Test
    void aPeriodInsideTheYear() {
        ReportFilter firstHalf = data.year2025(data.x).withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        KpiReport report = runAs.as(COORDINATOR, () -> reports.report(firstHalf));
        // c3 in January, c1 in February, c2 in March
        assertThat(report.kpi("COLLABORATIONS_STARTED").actual()).isEqualByComparingTo("3");
        assertThat(report.kpi("WEBSITE_VISITORS").actual()).isEqualByComparingTo("1200");
        // the yearly target does not lie inside half a year
        assertThat(report.kpi("COLLABORATIONS_STARTED").target()).isNull();
        assertThat(report.trend()).hasSize(6);
    }

    @Test
    void aPeriodOfPartialMonthsCountsTheDaysAtEitherEndFromTheRows() {
        // 3 May to 5 October: May and October are partial (read from the rows), June to September whole (from the totals)
        ReportFilter mayToOctober = data.year2025(data.x).withPeriod(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 10, 5));
        assertThat(kpis(mayToOctober)).containsAllEntriesOf(expected(
                // o3 on 9 September (o1 on 1 May is before the period)
                "JOINT_PUBLICATIONS", 1,
                // c4's on 15 July (c2's on 10 October is after it)
                "IP_DISCLOSURES", 1,
                "FOLLOW_ON_FUNDING", 100000,
                // a4 1000 on 1 June + a6 25 on 20 July + a9 (no size) on 1 October; a3 on 1 May is before the period
                "PEOPLE_REACHED", 1025,
                "PRESS_ITEMS", 2,
                "CONFERENCE_TALKS", 0,
                "PATIENT_ENGAGEMENT", 1));
        // inside one month: only rows
        ReportFilter earlyJune = data.year2025(data.x).withPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10));
        assertThat(kpis(earlyJune)).containsAllEntriesOf(expected(
                "JOINT_PUBLICATIONS", 0, "PEOPLE_REACHED", 1000, "PRESS_ITEMS", 1, "CONFERENCE_TALKS", 0));
        KpiReport report = runAs.as(COORDINATOR, () -> reports.report(mayToOctober));
        assertThat(report.outcomeTotal()).isEqualTo(4); // o2, o3, IP of c4, funding of c1
        assertThat(report.peopleByAudience()).extracting(KpiReport.Count::code, KpiReport.Count::sum).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("PUBLIC", 1000L), org.assertj.core.groups.Tuple.tuple("MEDIA", 1000L),
                org.assertj.core.groups.Tuple.tuple("PATIENTS", 25L));
    }

    @Test
    void oneReportAcrossTwoProgrammes() {
        KpiReport report = runAs.as(COORDINATOR, () -> reports.report(data.year2025(data.x, data.y)));
        assertThat(report.kpi("COLLABORATIONS_STARTED").actual()).isEqualByComparingTo("4");
        assertThat(report.kpi("JOINT_PUBLICATIONS").actual()).isEqualByComparingTo("3");
        // targets in days are averaged across programmes, counts are added
        assertThat(report.kpi("TIME_TO_MATCH").target()).isEqualByComparingTo("30");
        assertThat(report.kpi("COLLABORATIONS_STARTED").target()).isEqualByComparingTo("4");
        assertThat(report.programmeNames()).hasSize(2);
    }

    @Test
    void targetsChartsAndTheFundersTable() {
        KpiReport report = runAs.as(COORDINATOR, () -> reports.fullReport(data.year2025(data.x)));
        KpiRow started = report.kpi("COLLABORATIONS_STARTED");
        assertThat(started.target()).isEqualByComparingTo("4");
        assertThat(started.percentOfTarget()).isEqualTo(75);
        assertThat(report.kpi("WEBSITE_VISITORS").target()).isNull(); // set for 2026 only

        assertThat(report.trend()).hasSize(12);
        assertThat(report.trend().get(0)).isEqualTo(new KpiReport.MonthCount("2025-01", 1, 0, 0));
        assertThat(report.trend().get(1)).isEqualTo(new KpiReport.MonthCount("2025-02", 1, 0, 0));
        assertThat(report.trend().get(8).collaborations()).isZero(); // c1's second agreement, signed in September
        assertThat(report.trend().get(4)).isEqualTo(new KpiReport.MonthCount("2025-05", 0, 1, 1));
        assertThat(report.outcomesByType()).extracting(KpiReport.Count::code, KpiReport.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PUBLICATION", 3L), org.assertj.core.groups.Tuple.tuple("FURTHER_FUNDING", 2L),
                        org.assertj.core.groups.Tuple.tuple("IP_LICENSING", 2L));
        assertThat(report.outcomeTotal()).isEqualTo(7);
        KpiReport.DisseminationLine press = report.dissemination().stream().filter(d -> d.activityCode().equals("MEDIA_BRIEFING"))
                .findFirst().orElseThrow();
        assertThat(press).isEqualTo(new KpiReport.DisseminationLine("MEDIA_BRIEFING", "Media briefing or interview", 1, 1, 0, 0));
        assertThat(report.dissemination()).hasSize(22); // every activity type of dissemination.csv
        Map<String, Long> people = report.peopleByAudience().stream().collect(Collectors.toMap(KpiReport.Count::code, KpiReport.Count::sum));
        assertThat(people).containsExactlyInAnyOrderEntriesOf(Map.of("PUBLIC", 1500L, "SCIENTIFIC", 200L, "PATIENTS", 105L, "MEDIA", 1000L));
        assertThat(report.byCountry()).containsExactly(
                new KpiReport.CountryCount("BE", 2, 3, 3), new KpiReport.CountryCount("NL", 1, 4, 3));
        assertThat(report.latestOutcomes()).hasSize(7);
        assertThat(report.latestOutcomes().getFirst().programmeCode()).startsWith("RPT-X");
    }

    @Test
    void everyComputedDefinitionHasItsQueryAndEveryQueryItsDefinition() {
        Set<String> computed = Set.copyOf(jdbc.queryForList("select code from kpi_definition where kind = 'COMPUTED'", String.class));
        assertThat(computed).containsExactlyInAnyOrderElementsOf(Arrays.stream(ComputedKpi.values()).map(Enum::name).toList());
        assertThat(jdbc.queryForList("select code from kpi_definition where kind = 'MEASURED' order by position", String.class))
                .startsWith("WEBSITE_VISITORS", "MATERIAL_DOWNLOADS");
    }

    @Test
    void onlyCoordinatorsOfEverySelectedProgrammeAndAdministratorsGetAReport() {
        assertThat(runAs.as(ADMIN, () -> reports.report(data.year2025(data.z))).kpis()).isNotEmpty();
        // Z has no coordinator: the demo coordinator is refused Z alone, and X with Z
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(data.year2025(data.z))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(data.year2025(data.x, data.z))))
                .isInstanceOf(AccessDeniedException.class);
        String otherCoordinator = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
                where u.email <> ? order by u.id limit 1""", String.class, COORDINATOR);
        assertThatThrownBy(() -> runAs.as(otherCoordinator, () -> reports.report(data.year2025(data.x))))
                .isInstanceOf(AccessDeniedException.class);
        for (String role : List.of("student", "supervisor", "mentor", "partner")) {
            String email = role + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(email, () -> reports.report(data.year2025(data.x))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> reports.reportableProgrammes()))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void badFiltersAreExplained() {
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(ReportFilter.year(2025, List.of()))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("at least one programme");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(
                data.year2025(data.x).withPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("start on or before");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(
                data.year2025(data.x).withPeriod(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 4, 1)))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("at most 10 years");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> reports.report(data.year2025(data.x).withCountry("Belgium"))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("two-letter");
    }
}
