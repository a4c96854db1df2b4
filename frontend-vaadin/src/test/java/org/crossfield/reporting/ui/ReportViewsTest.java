package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.crossfield.Application;
import org.crossfield.reporting.KpiDefinitionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ReportViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Issue 16 and 17: every chart has a visible title, readable text, a sentence that says what it shows, and its figures
     * as a table behind "Show as table".
     */
    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void everyChartHasATitleASentenceAndItsFiguresAsATable() {
        navigate(ReportsView.class);
        for (String id : java.util.List.of("chart-trend", "chart-outcome-types", "chart-activity-types", "chart-countries")) {
            if (!$(com.vaadin.flow.component.Svg.class).withId(id).exists()) {
                // nothing to draw in this period: the chart says so in words (ReportingGermanScreensTest opens an empty year)
                assertThat($(Paragraph.class).id(id + "-empty").getText()).as(id).isNotBlank();
                continue;
            }
            String svg = $(com.vaadin.flow.component.Svg.class).id(id).getElement().getProperty("innerHTML");
            assertThat(svg).as(id).contains("font-size=\"13\"").containsPattern("font-weight=\"bold\" font-size=\"15\">[^<]+</text>");
            assertThat($(Paragraph.class).id(id + "-description").getText()).as(id).isNotBlank();
            com.vaadin.flow.component.details.Details details = $(com.vaadin.flow.component.details.Details.class).id(id + "-details");
            assertThat(details.getSummaryText()).isEqualTo("Show as table");
            assertThat(details.getElement().getTextRecursively()).as(id + " table").isNotBlank();
        }
        if ($(com.vaadin.flow.component.Svg.class).withId("chart-outcome-types").exists()) {
            String outcomes = $(com.vaadin.flow.component.Svg.class).id("chart-outcome-types").getElement().getProperty("innerHTML");
            assertThat(outcomes).as("labels wrap, never cut").doesNotContain("…</tspan>");
            assertThat($(Paragraph.class).id("chart-outcome-types-description").getText())
                    .matches("[0-9,]+ outcomes of [0-9]+ types were recorded in the period; the most frequent type is “.+” \\([0-9,]+\\)\\.");
        } else {
            assertThat($(Paragraph.class).id("chart-outcome-types-empty").getText()).isEqualTo("No outcome was recorded in this period.");
        }
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aCoordinatorSeesEveryKpiOfTheirProgrammesAndIsToldToChooseOne() {
        navigate(ReportsView.class);
        Grid<?> kpis = $(Grid.class).id("kpi-grid");
        int definitions = jdbc.queryForObject("select count(*) from kpi_definition", Integer.class);
        assertThat(test(kpis).size()).isEqualTo(definitions);
        assertThat($(Span.class).id("kpi-COLLABORATIONS_STARTED").getText()).matches("[0-9,]+");
        assertThat($(Paragraph.class).id("report-status").getText()).startsWith("Report for ");

        MultiSelectComboBox<?> programmes = $(MultiSelectComboBox.class).id("report-programmes");
        programmes.clear();
        assertThat($(Paragraph.class).id("report-status").getText()).isEqualTo("Choose at least one programme to see its report.");
        assertThat(test(kpis).size()).isZero();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aCoordinatorSetsATarget() {
        navigate(KpiTargetsView.class);
        Select<?> programme = $(Select.class).id("targets-programme");
        assertThat(programme.getValue()).isNotNull();
        Grid<?> targets = $(Grid.class).id("target-grid");
        int before = test(targets).size();
        ComboBox<KpiDefinitionSummary> kpi = $(ComboBox.class).id("target-kpi");
        kpi.setValue(kpi.getListDataView().getItems().filter(k -> k.code().equals("TRAINEES")).findFirst().orElseThrow());
        $(IntegerField.class).id("target-year").setValue(2030);
        $(BigDecimalField.class).id("target-value").setValue(new BigDecimal("12"));
        test($(Button.class).id("set-target")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Target saved.");
        assertThat(test(targets).size()).isEqualTo(before + 1);

        // without a figure the form says so and nothing is saved
        test($(Button.class).id("set-target")).click();
        assertThat($(BigDecimalField.class).id("target-value").isInvalid()).isTrue();
        assertThat(test(targets).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdministratorAddsAMeasuredKpiAndIsToldAboutABadCode() {
        navigate(KpiDefinitionsView.class);
        Grid<?> grid = $(Grid.class).id("kpi-definition-grid");
        int before = test(grid).size();
        $(TextField.class).id("kpi-code").setValue("bad code");
        $(TextField.class).id("kpi-title").setValue("Bad");
        test($(Button.class).id("add-kpi")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("capital letters");
        $(TextField.class).id("kpi-code").setValue("PODCAST_LISTENERS");
        $(TextField.class).id("kpi-title").setValue("Podcast listeners");
        test($(Button.class).id("add-kpi")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Podcast listeners added");
        assertThat(test(grid).size()).isEqualTo(before + 1);
    }
}
