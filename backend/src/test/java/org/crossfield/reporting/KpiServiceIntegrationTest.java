package org.crossfield.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.crossfield.collaboration.OutcomeTotals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class KpiServiceIntegrationTest {

    private static final String COORDINATOR = ReportServiceIntegrationTest.COORDINATOR;
    private static final String ADMIN = ReportServiceIntegrationTest.ADMIN;
    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2027, 12, 31);
    private static ReportFixture data;

    @Autowired
    KpiService kpis;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @BeforeEach
    void dataSet() {
        synchronized (KpiServiceIntegrationTest.class) {
            if (data == null) {
                data = ReportFixture.create(jdbc, totals, "-kpi");
            }
        }
    }

    @Test
    void definitionsComeFromTheCsvInItsOrder() {
        List<KpiDefinitionSummary> all = runAs.as(COORDINATOR, kpis::definitions);
        assertThat(all).hasSizeGreaterThanOrEqualTo(16);
        assertThat(all.getFirst()).isEqualTo(new KpiDefinitionSummary("COLLABORATIONS_STARTED", "Collaborations started", "count",
                "collaborations whose agreement was signed in the period", KpiKind.COMPUTED));
        assertThat(all.stream().filter(k -> k.code().equals("WEBSITE_VISITORS")).findFirst().orElseThrow().kind())
                .isEqualTo(KpiKind.MEASURED);
    }

    @Test
    void aCoordinatorSetsAndReplacesATargetForTheirProgrammeOnly() {
        KpiTargetSummary first = runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.x, "IP_DISCLOSURES", JAN, DEC, new BigDecimal("5"))));
        KpiTargetSummary replaced = runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.x, "IP_DISCLOSURES", JAN, DEC, new BigDecimal("7.5"))));
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.target()).isEqualByComparingTo("7.5");
        assertThat(runAs.as(COORDINATOR, () -> kpis.targets(data.x))).extracting(KpiTargetSummary::kpiCode).contains("IP_DISCLOSURES");

        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.z, "IP_DISCLOSURES", JAN, DEC, BigDecimal.ONE))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.targets(data.z))).isInstanceOf(AccessDeniedException.class);
        for (String role : List.of("student", "supervisor", "mentor", "partner")) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org",
                    () -> kpis.setTarget(new SetTargetCmd(data.x, "IP_DISCLOSURES", JAN, DEC, BigDecimal.ONE))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(role + "@demo.crossfield.org", () -> kpis.removeTarget(first.id())))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        runAs.run(COORDINATOR, () -> kpis.removeTarget(first.id()));
        assertThat(runAs.as(COORDINATOR, () -> kpis.targets(data.x))).extracting(KpiTargetSummary::kpiCode).doesNotContain("IP_DISCLOSURES");
    }

    @Test
    void badTargetsChangeNothingAndSayWhy() {
        int before = jdbc.queryForObject("select count(*) from kpi_target", Integer.class);
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.x, "IP_DISCLOSURES", DEC, JAN, BigDecimal.ONE))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("start on or before");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.x, "IP_DISCLOSURES", JAN, DEC, new BigDecimal("-1")))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("number from 0");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.setTarget(new SetTargetCmd(data.x, "NO_SUCH_KPI", JAN, DEC, BigDecimal.ONE))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("Choose a KPI");
        assertThat(jdbc.queryForObject("select count(*) from kpi_target", Integer.class)).isEqualTo(before);
    }

    @Test
    void measuredFiguresOnlyForMeasuredKpis() {
        MeasuredFigure m = runAs.as(COORDINATOR, () -> kpis.recordMeasurement(
                new RecordMeasurementCmd(data.x, "MATERIAL_DOWNLOADS", JAN, DEC, new BigDecimal("321"), "web analytics")));
        assertThat(m.value()).isEqualByComparingTo("321");
        assertThat(m.note()).isEqualTo("web analytics");
        assertThat(m.enteredBy()).isEqualTo("Cora Coordinator");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.recordMeasurement(
                new RecordMeasurementCmd(data.x, "JOINT_PUBLICATIONS", JAN, DEC, BigDecimal.TEN, null))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("counted by Crossfield itself");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.recordMeasurement(
                new RecordMeasurementCmd(data.z, "MATERIAL_DOWNLOADS", JAN, DEC, BigDecimal.TEN, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run("partner@demo.crossfield.org", () -> kpis.removeMeasurement(m.id())))
                .isInstanceOf(AccessDeniedException.class);
        runAs.run(COORDINATOR, () -> kpis.removeMeasurement(m.id()));
        assertThat(runAs.as(COORDINATOR, () -> kpis.measurements(data.x))).extracting(MeasuredFigure::id).doesNotContain(m.id());
    }

    @Test
    void onlyAdministratorsAddKpisAndTheyAreMeasured() {
        KpiDefinitionSummary added = runAs.as(ADMIN, () -> kpis.defineMeasuredKpi(
                new DefineKpiCmd("newsletter_subscribers", "Newsletter subscribers", "people", "entered from the mailing tool")));
        assertThat(added.code()).isEqualTo("NEWSLETTER_SUBSCRIBERS");
        assertThat(added.kind()).isEqualTo(KpiKind.MEASURED);
        assertThat(runAs.as(COORDINATOR, kpis::definitions)).contains(added);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> kpis.defineMeasuredKpi(new DefineKpiCmd("NEWSLETTER_SUBSCRIBERS", "Again", "people", "x"))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> kpis.defineMeasuredKpi(new DefineKpiCmd("bad code!", "Bad", "count", "x"))))
                .isInstanceOf(InvalidReportException.class).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> kpis.defineMeasuredKpi(new DefineKpiCmd("MINE", "Mine", "count", "x"))))
                .isInstanceOf(AccessDeniedException.class);
        // and coordinators can enter figures for it
        assertThat(runAs.as(COORDINATOR, () -> kpis.recordMeasurement(
                new RecordMeasurementCmd(data.x, "NEWSLETTER_SUBSCRIBERS", JAN, DEC, new BigDecimal("80"), null))).value())
                .isEqualByComparingTo("80");
    }
}
