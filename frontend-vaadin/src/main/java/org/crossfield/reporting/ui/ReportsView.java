package org.crossfield.reporting.ui;

import org.crossfield.i18n.Dates;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Numbers;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
@Menu(order = 50, icon = "vaadin:chart", title = "Reports")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    /** The period choice that shows the two date fields (its label is translated). */
    static final String CUSTOM = "custom";
    /** The headline figures shown as cards above the table (ids kpi-CODE). */
    static final List<String> HEADLINE = List.of("COLLABORATIONS_STARTED", "JOINT_PUBLICATIONS", "CONFERENCE_TALKS", "PEOPLE_REACHED");

    private final ReportService reports;
    private final MultiSelectComboBox<ProgrammeBrief> programmes = new MultiSelectComboBox<>();
    private final Select<String> period = new Select<>();
    private final DatePicker from = Dates.localise(new DatePicker());
    private final DatePicker to = Dates.localise(new DatePicker());
    private final ComboBox<OrganisationBrief> partner = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
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
        programmes.setLabel(getTranslation("reporting.reports.programmes"));
        programmes.setItems(mine);
        programmes.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programmes.setWidth("22rem");
        programmes.select(mine);
        programmes.setHelperText(getTranslation("reporting.reports.programmes-help"));
        programmes.setClearButtonVisible(true);

        int year = LocalDate.now(clock).getYear();
        List<String> periods = new ArrayList<>();
        for (int y = year; y >= year - 5; y--) {
            periods.add(String.valueOf(y));
        }
        periods.add(CUSTOM);
        period.setId("report-period");
        period.setLabel(getTranslation("reporting.reports.period"));
        period.setItemLabelGenerator(p -> CUSTOM.equals(p) ? getTranslation("reporting.reports.date-range") : p);
        period.setItems(periods);
        period.setValue(String.valueOf(year));
        period.setWidth("10rem");
        from.setId("report-from");
        from.setLabel(getTranslation("reporting.reports.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("reporting.reports.to"));
        from.setValue(LocalDate.of(year, 1, 1));
        to.setValue(LocalDate.of(year, 12, 31));
        from.setVisible(false);
        to.setVisible(false);
        from.setWidth("10rem");
        to.setWidth("10rem");

        partner.setId("report-partner");
        partner.setLabel(getTranslation("reporting.reports.partner"));
        partner.setItems(query -> reports.partnerOrganisations(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        partner.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        partner.setClearButtonVisible(true);
        partner.setPlaceholder(getTranslation("reporting.reports.all-partners"));
        partner.setWidth("15rem");
        country.setId("report-country");
        country.setLabel(getTranslation("reporting.reports.country"));
        country.setItemLabelGenerator(this::countryName);
        country.setItems(reports.countries());
        country.setClearButtonVisible(true);
        country.setPlaceholder(getTranslation("reporting.reports.all-countries"));
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

        // the files in the person's language (headings, reference data, numbers and dates)
        downloads.add(download(f -> exports.csv(f, labels()), getTranslation("reporting.reports.download-csv"), "download-csv"),
                download(f -> exports.xlsx(f, labels()), getTranslation("reporting.reports.download-xlsx"), "download-xlsx"),
                download(f -> exports.pdf(f, labels()), getTranslation("reporting.reports.download-pdf"), "download-pdf"));
        downloads.setId("report-downloads");

        headline.setId("report-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-l)");

        kpis.setId("kpi-grid");
        kpis.addColumn(k -> ReferenceNames.kpi(k.code(), k.title(), getLocale())).setHeader(getTranslation("reporting.kpi.kpi")).setFlexGrow(3);
        kpis.addColumn(k -> Numbers.figure(k.target(), getLocale())).setHeader(getTranslation("reporting.kpi.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        kpis.addColumn(k -> Numbers.figure(k.actual(), getLocale())).setHeader(getTranslation("reporting.kpi.actual"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        kpis.addColumn(new ComponentRenderer<>(this::progress)).setHeader(getTranslation("reporting.kpi.against-target"))
                .setWidth("11rem").setFlexGrow(0);
        kpis.addColumn(k -> ReferenceNames.kpiUnit(k.code(), k.unit(), getLocale())).setHeader(getTranslation("reporting.kpi.unit")).setAutoWidth(true);
        kpis.addColumn(k -> k.kind() == org.crossfield.reporting.KpiKind.MEASURED
                        ? getTranslation("reporting.kpi.entered", howCounted(k)) : howCounted(k))
                .setHeader(getTranslation("reporting.kpi.how-counted")).setFlexGrow(4);
        kpis.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        kpis.setAllRowsVisible(true);

        dissemination.setId("dissemination-grid");
        dissemination.addColumn(d -> ReferenceNames.dissemination("activity", d.activityCode(), d.title(), getLocale())).setHeader(getTranslation("reporting.dissemination.type")).setFlexGrow(3);
        dissemination.addColumn(d -> number(d.delivered())).setHeader(getTranslation("reporting.dissemination.delivered"))
                .setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(d -> number(d.ongoing())).setHeader(getTranslation("reporting.dissemination.ongoing"))
                .setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(d -> number(d.postponed())).setHeader(getTranslation("reporting.dissemination.postponed"))
                .setTextAlign(ColumnTextAlign.END);
        dissemination.addColumn(d -> number(d.peopleReached())).setHeader(getTranslation("reporting.dissemination.people-reached"))
                .setTextAlign(ColumnTextAlign.END);
        dissemination.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dissemination.setAllRowsVisible(true);
        dissemination.setEmptyStateText(getTranslation("reporting.dissemination.none"));
        kpis.setEmptyStateText(getTranslation("reporting.kpi.none"));

        charts.setId("report-charts");
        charts.setWidthFull();
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(min(720px, 100%), 1fr))")
                .set("gap", "var(--lumo-space-l)");
        status.setId("report-status");
        status.addClassName("cf-muted");

        Anchor targets = new Anchor("reports/targets", getTranslation("reporting.reports.open-targets"));
        targets.setId("open-targets");
        add(filters, status, downloads, headline, new H3(getTranslation("reporting.reports.targets-against-actuals")), kpis, targets,
                new H3(getTranslation("reporting.reports.charts")), charts,
                new H3(getTranslation("reporting.reports.dissemination")), dissemination);
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
            show(null, getTranslation("reporting.reports.choose-programme"));
            return;
        }
        ReportFilter filter = new ReportFilter(ids, from.getValue(), to.getValue(),
                partner.getValue() == null ? null : partner.getValue().id(), country.getValue());
        try {
            KpiReport report = reports.report(filter);
            current = filter;
            show(report, getTranslation("reporting.reports.status", String.join(", ", report.programmeNames()),
                    Dates.day(filter.from(), getLocale()), Dates.day(filter.to(), getLocale()),
                    report.partnerName() == null ? "" : getTranslation("reporting.reports.status-partner", report.partnerName()),
                    filter.country() == null ? "" : getTranslation("reporting.reports.status-country", countryName(filter.country()))));
        } catch (InvalidReportException e) {
            show(null, Messages.of(e));
            Notices.error(Messages.of(e));
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
        headline.add(figure("outcomes-total", getTranslation("reporting.reports.outcomes-recorded"), number(report.outcomeTotal())));
        for (String code : HEADLINE) {
            KpiRow row = report.kpi(code);
            headline.add(figure("kpi-" + code, ReferenceNames.kpi(row.code(), row.title(), getLocale()), Numbers.figure(row.actual(), getLocale())));
        }
        charts.removeAll();
        charts.add(trendChart(report.trend()));
        charts.add(typeChart("chart-outcome-types", "reporting.chart.outcome-types", report.outcomesByType(),
                c -> ReferenceNames.outcomeType(c.code(), c.title(), getLocale())));
        charts.add(typeChart("chart-activity-types", "reporting.chart.activity-types", report.activitiesByType(),
                c -> ReferenceNames.dissemination("activity", c.code(), c.title(), getLocale())));
        charts.add(countryChart(report.byCountry()));
    }

    /** Per month: three lines, the totals in words, and the months as a table. */
    private Component trendChart(List<KpiReport.MonthCount> months) {
        if (months.stream().allMatch(m -> m.collaborations() + m.outcomes() + m.activities() == 0)) {
            return ChartCard.empty("chart-trend", getTranslation("reporting.chart.trend.title"), getTranslation("reporting.chart.trend.none"));
        }
        List<String> series = List.of(getTranslation("reporting.chart.collaborations"), getTranslation("reporting.chart.outcomes"),
                getTranslation("reporting.chart.activities"));
        String svg = SvgCharts.monthly(getTranslation("reporting.chart.trend.title"), months.stream().map(KpiReport.MonthCount::month).toList(),
                List.of(new SvgCharts.Line(series.get(0), months.stream().map(KpiReport.MonthCount::collaborations).toList()),
                        new SvgCharts.Line(series.get(1), months.stream().map(KpiReport.MonthCount::outcomes).toList()),
                        new SvgCharts.Line(series.get(2), months.stream().map(KpiReport.MonthCount::activities).toList())),
                org.crossfield.i18n.Translations.supported(getLocale()));
        String description = getTranslation("reporting.chart.trend.description", months.size(),
                months.stream().mapToLong(KpiReport.MonthCount::collaborations).sum(),
                months.stream().mapToLong(KpiReport.MonthCount::outcomes).sum(),
                months.stream().mapToLong(KpiReport.MonthCount::activities).sum());
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("reporting.chart.month")));
        headers.addAll(series);
        return new ChartCard("chart-trend", svg, description, headers, months.stream()
                .map(m -> List.of(month(m.month()), number(m.collaborations()), number(m.outcomes()), number(m.activities()))).toList());
    }

    /** Counts by type: bars, the total and the largest type in words, and the counts as a table. */
    private Component typeChart(String id, String key, List<KpiReport.Count> counts,
                                java.util.function.Function<KpiReport.Count, String> name) {
        String title = getTranslation(key + ".title");
        if (counts.stream().allMatch(c -> c.count() == 0)) {
            return ChartCard.empty(id, title, getTranslation(key + ".none"));
        }
        String svg = SvgCharts.bars(title, counts.stream().map(c -> new SvgCharts.Bar(name.apply(c), c.count())).toList());
        long total = counts.stream().mapToLong(KpiReport.Count::count).sum();
        String description = counts.stream().max(Comparator.comparingLong(KpiReport.Count::count))
                        .map(top -> getTranslation(key + ".description", total, counts.size(), name.apply(top), top.count())).orElseThrow();
        return new ChartCard(id, svg, description, List.of(getTranslation("reporting.chart.type"), getTranslation("reporting.chart.count")),
                counts.stream().map(c -> List.of(name.apply(c), number(c.count()))).toList());
    }

    /** By country: grouped bars, how many countries in words, and the figures per country as a table. */
    private Component countryChart(List<KpiReport.CountryCount> countries) {
        if (countries.stream().allMatch(c -> c.collaborations() + c.outcomes() + c.activities() == 0)) {
            return ChartCard.empty("chart-countries", getTranslation("reporting.chart.countries.title"),
                    getTranslation("reporting.chart.countries.none"));
        }
        List<String> series = List.of(getTranslation("reporting.chart.collaborations"), getTranslation("reporting.chart.outcomes"),
                getTranslation("reporting.chart.activities"));
        String svg = SvgCharts.groupedBars(getTranslation("reporting.chart.countries.title"), series,
                countries.stream().map(c -> new SvgCharts.BarGroup(countryName(c.country()),
                        List.of(c.collaborations(), c.outcomes(), c.activities()))).toList());
        String description = getTranslation("reporting.chart.countries.description", countries.size());
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("reporting.chart.country")));
        headers.addAll(series);
        return new ChartCard("chart-countries", svg, description, headers, countries.stream()
                .map(c -> List.of(countryName(c.country()), number(c.collaborations()), number(c.outcomes()),
                        number(c.activities()))).toList());
    }

    private String number(long value) {
        return Numbers.whole(value, getLocale());
    }

    /** A month of the trend ("2027-03") as the language writes it: "March 2027", "März 2027" (as the downloads do). */
    private String month(String yearMonth) {
        return labels().month(yearMonth);
    }

    /** A country's name in the screen's language ("Belgien" for BE), or the code when Java does not know it. */
    private String countryName(String code) {
        return code == null ? "" : labels().country(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
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

    private Component progress(KpiRow row) {
        Integer pct = row.percentOfTarget();
        if (pct == null) {
            Span none = new Span(row.target() == null ? getTranslation("reporting.kpi.no-target") : Numbers.NONE);
            none.addClassName("cf-muted");
            return none;
        }
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, 100,
                Math.min(100, pct));
        bar.setWidth("5rem");
        bar.getElement().setAttribute("aria-label", getTranslation("reporting.kpi.percent-of-target", pct));
        if (pct >= 100) {
            bar.addThemeName("success");
        }
        HorizontalLayout cell = new HorizontalLayout(bar, new Span(getTranslation("reporting.kpi.percent", pct)));
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

    private TranslatedReportLabels labels() {
        return new TranslatedReportLabels(getLocale());
    }

    private String howCounted(KpiRow k) {
        return ReferenceNames.kpiHowCounted(k.code(), k.howCounted(), getLocale());
    }

}
