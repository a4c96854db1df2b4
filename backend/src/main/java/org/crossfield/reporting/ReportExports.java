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

    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile csv(ReportFilter filter) {
        KpiReport report = reports.build(filter, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(writer)) {
            // every text cell neutralised against formula injection (OWASP), numbers as they are
            String programmes = CsvCells.safe(String.join("; ", report.programmeNames()));
            for (KpiRow k : report.kpis()) {
                csv.printRecord(programmes, filter.from(), filter.to(), CsvCells.safe(report.partnerName()),
                        CsvCells.safe(filter.country()), CsvCells.safe(k.code()), CsvCells.safe(k.title()),
                        CsvCells.safe(k.unit()), CsvCells.safe(k.kind()), CsvCells.safe(plain(k.target())),
                        CsvCells.safe(plain(k.actual())), CsvCells.safe(k.percentOfTarget()), CsvCells.safe(k.howCounted()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exported(filter, "CSV");
        return new ReportFile(fileName(filter, "csv"), "text/csv;charset=UTF-8", bytes.toByteArray());
    }

    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile xlsx(ReportFilter filter) {
        KpiReport report = reports.build(filter, true);
        exported(filter, "XLSX");
        return new ReportFile(fileName(filter, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ReportWorkbook.write(report));
    }

    @PreAuthorize("@reportAccess.canReport(#filter.programmeIds())")
    public ReportFile pdf(ReportFilter filter) {
        KpiReport report = reports.build(filter, true);
        exported(filter, "PDF");
        return new ReportFile(fileName(filter, "pdf"), "application/pdf", pdf.render(ReportDocument.xhtml(report, LocalDate.now(clock))));
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
