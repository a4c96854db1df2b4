package org.crossfield.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.csv.CsvCells;
import org.crossfield.platform.pdf.HtmlPdfRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report as files: CSV (the KPI table, Commons CSV), XLSX (KPIs, charts' figures, dissemination, outcomes;
 * fastexcel) and a PDF a funder can read (openhtmltopdf). Same access rule as the dashboard; docs/adr/0017.
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

    /** The CSV's columns: the header scripts read ({@link ReportLabels#FOR_SCRIPTS}), each also the last part of its key. */
    static final String[] CSV_HEADER = {"programmes", "period_from", "period_to", "partner", "country", "kpi_code", "kpi",
        "unit", "kind", "target", "actual", "percent_of_target", "how_counted"};

    private final ReportService reports;
    private final HtmlPdfRenderer pdf;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportExports(ReportService reports, HtmlPdfRenderer pdf, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.reports = reports;
        this.pdf = pdf;
    }

    /** The KPI table as CSV, as scripts read it ({@link ReportLabels#FOR_SCRIPTS}). */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile csv(ReportFilter filter) {
        return csv(filter, ReportLabels.FOR_SCRIPTS);
    }

    /**
     * The KPI table as CSV in the language of {@code labels}: its header and the KPIs' names, units and kinds; the
     * {@code kpi_code} column keeps the codes and the figures stay plain numbers (a decimal point, no grouping) and the
     * dates ISO, so that a spreadsheet or script reads them whatever the language.
     */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile csv(ReportFilter filter, ReportLabels labels) {
        KpiReport report = reports.build(filter, false);
        String[] header = java.util.Arrays.stream(CSV_HEADER).map(c -> labels.text("reporting.export.csv." + c, c)).toArray(String[]::new);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer)) {
            // every text cell neutralised against formula injection (OWASP), numbers as they are
            String programmes = CsvCells.safe(String.join("; ", report.programmeNames()));
            for (KpiRow k : report.kpis()) {
                csv.printRecord(programmes, filter.from(), filter.to(), CsvCells.safe(report.partnerName()),
                        CsvCells.safe(filter.country()), CsvCells.safe(k.code()), CsvCells.safe(labels.kpi(k)),
                        CsvCells.safe(labels.kpiUnit(k)), CsvCells.safe(kind(k.kind(), labels)), CsvCells.safe(plain(k.target())),
                        CsvCells.safe(plain(k.actual())), CsvCells.safe(k.percentOfTarget()), CsvCells.safe(labels.kpiHowCounted(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exported(filter, "CSV");
        return new ReportFile(fileName(filter, "csv"), "text/csv;charset=UTF-8", bytes.toByteArray());
    }

    /** The workbook as scripts read it ({@link ReportLabels#FOR_SCRIPTS}). */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile xlsx(ReportFilter filter) {
        return xlsx(filter, ReportLabels.FOR_SCRIPTS);
    }

    /** The workbook in the language of {@code labels}: sheet names, headings, names of reference data, date cells. */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile xlsx(ReportFilter filter, ReportLabels labels) {
        KpiReport report = reports.build(filter, true);
        exported(filter, "XLSX");
        return new ReportFile(fileName(filter, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ReportWorkbook.write(report, labels));
    }

    /** The funder's PDF in English ({@link ReportLabels#FOR_SCRIPTS}). */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile pdf(ReportFilter filter) {
        return pdf(filter, ReportLabels.FOR_SCRIPTS);
    }

    /** The funder's PDF in the language of {@code labels}: every heading and sentence, names, numbers and dates. */
    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile pdf(ReportFilter filter, ReportLabels labels) {
        KpiReport report = reports.build(filter, true);
        exported(filter, "PDF");
        return new ReportFile(fileName(filter, "pdf"), "application/pdf",
                pdf.render(ReportDocument.xhtml(report, LocalDate.now(clock), labels)));
    }

    /** A KPI's kind: COMPUTED or MEASURED for scripts, in words in a language. */
    static String kind(KpiKind kind, ReportLabels labels) {
        return labels.text("reporting.export.kind." + kind.name(), kind.name());
    }

    private void exported(ReportFilter filter, String format) {
        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "REPORT", null).withDetail(AuditDetail.REPORT_EXPORTED,
                format, filter.programmeIds(), filter.from(), filter.to()));
    }

    static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String fileName(ReportFilter filter, String extension) {
        return "crossfield-report-" + filter.from() + "-to-" + filter.to() + "." + extension;
    }
}
