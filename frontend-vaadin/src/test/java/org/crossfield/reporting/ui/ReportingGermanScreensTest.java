package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.platform.ui.ScreenTexts;
import org.crossfield.reporting.KpiDefinitionSummary;
import org.crossfield.reporting.KpiService;
import org.crossfield.reporting.ReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reporting screens in German, with no key marker and no common English UI word: the coordinator's dashboard, the
 * impact report (with a period in which nothing happened, so that every chart shows its empty state), the KPI targets
 * and measured figures, and the administrator's KPI definitions with a refused KPI. The KPIs' own titles and
 * descriptions, the programmes' names and the funder's activity and outcome types are data (English in the demo).
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ReportingGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    KpiService kpis;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /** What the demo holds in English and the screens show as it is: KPI definitions, programmes, outcome and activity types, the person. */
    private List<String> data() {
        List<String> data = new ArrayList<>();
        for (KpiDefinitionSummary k : kpis.definitions()) {
            data.addAll(List.of(k.title(), k.howCounted(), k.unit()));
        }
        for (ProgrammeBrief p : reports.reportableProgrammes()) {
            data.addAll(List.of(p.code(), p.name()));
        }
        data.addAll(jdbc.queryForList("select title from pub_dissemination_code", String.class));
        data.addAll(jdbc.queryForList("select title from outcome_type", String.class));
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                instanceof org.crossfield.identity.CrossfieldUser me) {
            data.add(me.getDisplayName()); // "Cora Coordinator"
        }
        return data;
    }

    /** Issue 16: a chart names the countries in German ("Niederlande"), not by their codes ("NL"). */
    private void assertGermanCountries(String chartId) {
        String svg = $(com.vaadin.flow.component.Svg.class).id(chartId).getElement().getProperty("innerHTML");
        List<String> codes = jdbc.queryForList("select distinct country from pub_organisation where country is not null", String.class);
        assertThat(codes).as("countries: " + chartId).noneMatch(code -> svg.contains(">" + code + "<"))
                .anyMatch(code -> svg.contains(Locale.of("", code).getDisplayCountry(Locale.GERMAN)));
    }

    private void assertGerman(String screen) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent(), data())).as("English or untranslated texts on " + screen).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void theDashboardAndTheReportAreGerman() {
        // the test opens the dashboard ("") before German is chosen; leaving it makes the next visit build it anew
        navigate(ReportsView.class);
        navigate(DashboardView.class);
        assertGerman("the dashboard");
        assertGermanCountries("people-chart");

        navigate(ReportsView.class);
        assertThat($(Paragraph.class).id("report-status").getText()).startsWith("Bericht für ").contains(" bis ");
        assertGerman("the report");
        // the shipped KPIs by their German names (reference*.properties), not the English stored with them
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.crossfield.reporting.KpiRow> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("kpi-grid");
        int named = 0;
        for (int row = 0; row < test(grid).size(); row++) {
            org.crossfield.reporting.KpiRow k = test(grid).getRow(row);
            java.util.Optional<String> german = org.crossfield.i18n.Translations.find("reference.kpi." + k.code(), Locale.GERMAN);
            if (german.isPresent()) {
                assertThat(test(grid).getCellText(row, 0)).as(k.code()).isEqualTo(german.get()).isNotEqualTo(k.title());
                named++;
            }
        }
        assertThat(named).as("shipped KPIs in the report").isPositive();
        // issue 16: the trend's axis names the months in German, not "2026-01"
        String trend = $(com.vaadin.flow.component.Svg.class).id("chart-trend").getElement().getProperty("innerHTML");
        int year = LocalDate.now().getYear();
        assertThat(trend).contains(">Jan. " + year + "</text>").doesNotContain(year + "-01");
        assertGermanCountries("chart-countries");

        // a year in which nothing was recorded: every chart says so in words instead of drawing empty axes
        Select<String> period = $(Select.class).id("report-period");
        period.setValue(ReportsView.CUSTOM);
        $(DatePicker.class).id("report-from").setValue(LocalDate.of(2001, 1, 1));
        $(DatePicker.class).id("report-to").setValue(LocalDate.of(2001, 12, 31));
        assertThat($(Paragraph.class).id("report-status").getText()).contains("1. Januar 2001 bis 31. Dezember 2001");
        for (String chart : List.of("chart-trend", "chart-outcome-types", "chart-activity-types", "chart-countries")) {
            assertThat($(com.vaadin.flow.component.Svg.class).withId(chart).exists()).as(chart + " draws nothing").isFalse();
            assertThat($(Paragraph.class).id(chart + "-empty").getText()).as(chart).isNotBlank();
        }
        assertThat($(Paragraph.class).id("chart-outcome-types-empty").getText())
                .isEqualTo("In diesem Zeitraum wurde kein Ergebnis erfasst.");
        assertGerman("the report of an empty period");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void theTargetsAndFiguresAreGerman() {
        navigate(KpiTargetsView.class);
        assertGerman("KPI targets and measured figures");
        test($(Button.class).id("save-measurement")).click();
        assertGerman("KPI targets, with the figure form's checks");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theKpiDefinitionsAreGermanAndSoIsARefusal() {
        navigate(KpiDefinitionsView.class);
        assertThat($(TextField.class).id("kpi-unit").getValue()).isEqualTo("Anzahl");
        assertGerman("KPI definitions");
        $(TextField.class).id("kpi-code").setValue("bad code");
        $(TextField.class).id("kpi-title").setValue("Schlecht");
        test($(Button.class).id("add-kpi")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ein Kennzahlcode besteht aus");
        navigate(DashboardView.class);
        assertGerman("the administrator's dashboard");
    }
}
