package org.crossfield.reporting.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;
import org.crossfield.reporting.InvalidReportException;
import org.crossfield.reporting.KpiReport;
import org.crossfield.reporting.KpiReport.DisseminationLine;
import org.crossfield.reporting.KpiRow;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportFile;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportService;
import org.crossfield.reporting.SvgCharts;

/**
 * The coordinator's impact report: KPI targets against actuals for one or more programmes, a year or a date range, and
 * optionally one partner organisation and one country; charts drawn on the server; CSV, XLSX and PDF downloads of what
 * is on screen.
 */
@Route("reports")
@PageTitle("Reports")
@Menu(order = 50, icon = "vaadin:chart", title = "Reports")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReportsView extends VerticalLayout {

    static final String CUSTOM = "Date range…";
    /** The headline figures shown as cards above the table (ids kpi-CODE). */
    static final List<String> HEADLINE = List.of("COLLABORATIONS_STARTED", "JOINT_PUBLICATIONS", "CONFERENCE_TALKS", "PEOPLE_REACHED");

    private final ReportService reports;
    private final MultiSelectComboBox<ProgrammeBrief> programmes = new MultiSelectComboBox<>("Programmes");
    private final Select<String> period = new Select<>();
    private final DatePicker from = Dates.localise(new DatePicker("From"));
    private final DatePicker to = Dates.localise(new DatePicker("To"));
    private final ComboBox<OrganisationBrief> partner = new ComboBox<>("Partner organisation");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final FlexLayout headline = new FlexLayout();
    private final Grid<KpiRow> kpis = new Grid<>();
    private final Div charts = new Div();
    private final Grid<DisseminationLine> dissemination = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private ReportFilter current;

    public ReportsView(ReportService reports, ReportExports exports, Clock clock) {
        this.reports = reports;
        setId("reports");
        setWidthFull();
        setMaxWidth("1200px");

        List<ProgrammeBrief> mine = reports.reportableProgrammes();
        programmes.setId("report-programmes");
        programmes.setItems(mine);
        programmes.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programmes.setWidth("22rem");
        programmes.select(mine);
        programmes.setHelperText("One report can span several programmes.");
        programmes.setClearButtonVisible(true);

        int year = LocalDate.now(clock).getYear();
        List<String> periods = new ArrayList<>();
        for (int y = year; y >= year - 5; y--) {
            periods.add(String.valueOf(y));
        }
        periods.add(CUSTOM);
        period.setId("report-period");
        period.setLabel("Period");
        period.setItems(periods);
        period.setValue(String.valueOf(year));
        period.setWidth("8rem");
        from.setId("report-from");
        to.setId("report-to");
        from.setValue(LocalDate.of(year, 1, 1));
        to.setValue(LocalDate.of(year, 12, 31));
        from.setVisible(false);
        to.setVisible(false);
        from.setWidth("10rem");
        to.setWidth("10rem");

        partner.setId("report-partner");
        partner.setItems(query -> reports.partnerOrganisations(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        partner.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        partner.setClearButtonVisible(true);
        partner.setPlaceholder("All partners");
        partner.setWidth("15rem");
        country.setId("report-country");
        country.setItems(reports.countries());
        country.setClearButtonVisible(true);
        country.setPlaceholder("All countries");
        country.setWidth("10rem");

        programmes.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> {
            boolean custom = CUSTOM.equals(e.getValue());
            from.setVisible(custom);
            to.setVisible(custom);
            if (!custom && e.getValue() != null) {
                int y = Integer.parseInt(e.getValue());
                from.setValue(LocalDate.of(y, 1, 1));
                to.setValue(LocalDate.of(y, 12, 31));
            }
            refresh();
        });
        from.addValueChangeListener(e -> refreshIfCustom());
        to.addValueChangeListener(e -> refreshIfCustom());
        partner.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(programmes, period, from, to, partner, country);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setId("report-filters");

        downloads.add(download(exports::csv, "CSV", "download-csv"), download(exports::xlsx, "Excel (XLSX)", "download-xlsx"),
                download(exports::pdf, "PDF for the funder", "download-pdf"));
        downloads.setId("report-downloads");

        headline.setId("report-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-l)");

        kpis.setId("kpi-grid");
        kpis.addColumn(KpiRow::title).setHeader("KPI").setFlexGrow(3);
        kpis.addColumn(KpiRow::targetText).setHeader("Target").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        kpis.addColumn(KpiRow::actualText).setHeader("Actual").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        kpis.addColumn(new ComponentRenderer<>(ReportsView::progress)).setHeader("Against target").setWidth("11rem").setFlexGrow(0);
        kpis.addColumn(KpiRow::unit).setHeader("Unit").setAutoWidth(true);
        kpis.addColumn(k -> k.howCounted() + (k.kind() == org.crossfield.reporting.KpiKind.MEASURED ? " (entered)" : ""))
                .setHeader("How it is counted").setFlexGrow(4);
        kpis.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        kpis.setAllRowsVisible(true);

        dissemination.setId("dissemination-grid");
        dissemination.addColumn(DisseminationLine::title).setHeader("Activity type (funder's category)").setFlexGrow(3);
        dissemination.addColumn(DisseminationLine::delivered).setHeader("Delivered").setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(DisseminationLine::ongoing).setHeader("Ongoing").setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(DisseminationLine::postponed).setHeader("Postponed").setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(DisseminationLine::peopleReached).setHeader("People reached").setTextAlign(ColumnTextAlign.END);
        dissemination.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dissemination.setAllRowsVisible(true);

        charts.setId("report-charts");
        charts.setWidthFull();
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(min(720px, 100%), 1fr))")
                .set("gap", "var(--lumo-space-l)");
        status.setId("report-status");
        status.addClassName("cf-muted");

        Anchor targets = new Anchor("reports/targets", "Set targets and enter measured figures");
        targets.setId("open-targets");
        add(filters, status, downloads, headline, new H3("Targets against actuals"), kpis, targets, new H3("Charts"), charts,
                new H3("Dissemination"), dissemination);
        refresh();
    }

    private void refreshIfCustom() {
        if (CUSTOM.equals(period.getValue())) {
            refresh();
        }
    }

    private void refresh() {
        List<Long> ids = programmes.getSelectedItems().stream().map(ProgrammeBrief::id).sorted().toList();
        if (ids.isEmpty()) {
            show(null, "Choose at least one programme to see its report.");
            return;
        }
        ReportFilter filter = new ReportFilter(ids, from.getValue(), to.getValue(),
                partner.getValue() == null ? null : partner.getValue().id(), country.getValue());
        try {
            KpiReport report = reports.report(filter);
            current = filter;
            show(report, "Report for " + String.join(", ", report.programmeNames()) + ", " + filter.from() + " to " + filter.to()
                    + (report.partnerName() == null ? "" : ", partner " + report.partnerName())
                    + (filter.country() == null ? "" : ", country " + filter.country()) + ".");
        } catch (InvalidReportException e) {
            show(null, e.getMessage());
            Notices.error(e.getMessage());
        }
    }

    private void show(KpiReport report, String message) {
        status.setText(message);
        downloads.setEnabled(report != null);
        if (report == null) {
            current = null;
            kpis.setItems(List.of());
            dissemination.setItems(List.of());
            headline.removeAll();
            charts.removeAll();
            return;
        }
        kpis.setItems(report.kpis());
        dissemination.setItems(report.dissemination().stream()
                .sorted(Comparator.comparingLong((DisseminationLine d) -> d.delivered() + d.ongoing() + d.postponed()).reversed())
                .toList());
        headline.removeAll();
        headline.add(figure("outcomes-total", "Outcomes recorded", String.format(java.util.Locale.ROOT, "%,d", report.outcomeTotal())));
        for (String code : HEADLINE) {
            KpiRow row = report.kpi(code);
            headline.add(figure("kpi-" + code, row.title(), row.actualText()));
        }
        charts.removeAll();
        charts.add(trendChart(report.trend()));
        charts.add(typeChart("chart-outcome-types", "reporting.chart.outcome-types", report.outcomesByType()));
        charts.add(typeChart("chart-activity-types", "reporting.chart.activity-types", report.activitiesByType()));
        charts.add(countryChart(report.byCountry()));
    }

    /** Per month: three lines, the totals in words, and the months as a table. */
    private Component trendChart(List<KpiReport.MonthCount> months) {
        List<String> series = List.of(getTranslation("reporting.chart.collaborations"), getTranslation("reporting.chart.outcomes"),
                getTranslation("reporting.chart.activities"));
        String svg = SvgCharts.lines(getTranslation("reporting.chart.trend.title"), months.stream().map(KpiReport.MonthCount::month).toList(),
                List.of(new SvgCharts.Line(series.get(0), months.stream().map(KpiReport.MonthCount::collaborations).toList()),
                        new SvgCharts.Line(series.get(1), months.stream().map(KpiReport.MonthCount::outcomes).toList()),
                        new SvgCharts.Line(series.get(2), months.stream().map(KpiReport.MonthCount::activities).toList())));
        String description = getTranslation("reporting.chart.trend.description", months.size(),
                months.stream().mapToLong(KpiReport.MonthCount::collaborations).sum(),
                months.stream().mapToLong(KpiReport.MonthCount::outcomes).sum(),
                months.stream().mapToLong(KpiReport.MonthCount::activities).sum());
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("reporting.chart.month")));
        headers.addAll(series);
        return new ChartCard("chart-trend", svg, description, headers, months.stream()
                .map(m -> List.of(m.month(), number(m.collaborations()), number(m.outcomes()), number(m.activities()))).toList());
    }

    /** Counts by type: bars, the total and the largest type in words, and the counts as a table. */
    private Component typeChart(String id, String key, List<KpiReport.Count> counts) {
        String title = getTranslation(key + ".title");
        String svg = SvgCharts.bars(title, counts.stream().map(c -> new SvgCharts.Bar(c.title(), c.count())).toList());
        long total = counts.stream().mapToLong(KpiReport.Count::count).sum();
        String description = counts.isEmpty() || total == 0 ? getTranslation(key + ".none")
                : counts.stream().max(Comparator.comparingLong(KpiReport.Count::count))
                        .map(top -> getTranslation(key + ".description", total, counts.size(), top.title(), top.count())).orElseThrow();
        return new ChartCard(id, svg, description, List.of(getTranslation("reporting.chart.type"), getTranslation("reporting.chart.count")),
                counts.stream().map(c -> List.of(c.title(), number(c.count()))).toList());
    }

    /** By country: grouped bars, how many countries in words, and the figures per country as a table. */
    private Component countryChart(List<KpiReport.CountryCount> countries) {
        List<String> series = List.of(getTranslation("reporting.chart.collaborations"), getTranslation("reporting.chart.outcomes"),
                getTranslation("reporting.chart.activities"));
        String svg = SvgCharts.groupedBars(getTranslation("reporting.chart.countries.title"), series,
                countries.stream().map(c -> new SvgCharts.BarGroup(c.country(), List.of(c.collaborations(), c.outcomes(), c.activities())))
                        .toList());
        String description = countries.isEmpty() ? getTranslation("reporting.chart.countries.none")
                : getTranslation("reporting.chart.countries.description", countries.size());
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("reporting.chart.country")));
        headers.addAll(series);
        return new ChartCard("chart-countries", svg, description, headers, countries.stream()
                .map(c -> List.of(c.country(), number(c.collaborations()), number(c.outcomes()), number(c.activities()))).toList());
    }

    private String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private Anchor download(Function<ReportFilter, ReportFile> export, String label, String id) {
        Anchor anchor = new Anchor(Downloads.of(() -> {
            if (current == null) {
                return null;
            }
            ReportFile file = export.apply(current);
            return new Downloads.File(file.fileName(), file.contentType(), file.bytes());
        }), "");
        Button button = new Button(label, new Icon(VaadinIcon.DOWNLOAD));
        anchor.add(button);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static Component progress(KpiRow row) {
        Integer pct = row.percentOfTarget();
        if (pct == null) {
            Span none = new Span(row.target() == null ? "no target" : "–");
            none.addClassName("cf-muted");
            return none;
        }
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, 100,
                Math.min(100, pct));
        bar.setWidth("5rem");
        bar.getElement().setAttribute("aria-label", pct + " % of the target");
        if (pct >= 100) {
            bar.addThemeName("success");
        }
        HorizontalLayout cell = new HorizontalLayout(bar, new Span(pct + " %"));
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    private static Component figure(String id, String label, String value) {
        Span number = new Span(value);
        number.addClassName("cf-figure");
        number.setId(id);
        Span caption = new Span(label);
        caption.addClassName("cf-muted");
        VerticalLayout figure = new VerticalLayout(number, caption);
        figure.setPadding(false);
        figure.setSpacing(false);
        figure.setWidth("auto");
        return figure;
    }
}
