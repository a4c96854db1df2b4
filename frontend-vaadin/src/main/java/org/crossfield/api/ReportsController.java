package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.reporting.KpiReport;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportFile;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KPI report of the Reports screen, with its filters (programmes, period, partner organisation, country), through
 * the same {@link ReportService} and {@link ReportExports}: as JSON, and as the CSV, XLSX and PDF files the screen
 * downloads, here always as scripts read them ({@link org.crossfield.reporting.ReportLabels#FOR_SCRIPTS}: English, the
 * CSV's snake_case header, ISO dates), not in the caller's language. Coordinators of every chosen programme, and
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "KPI targets against actuals, as on the Reports screen")
class ReportsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportService reports;
    private final ReportExports exports;
    private final Clock clock;

    ReportsController(ReportService reports, ReportExports exports, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.exports = exports;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping(path = "/programmes", produces = "application/json")
    @Operation(summary = "Programmes I may report on", description = "Coordinators: theirs; administrators: all.")
    List<ProgrammeBrief> programmes() {
        return reports.reportableProgrammes();
    }

    @GetMapping(path = "/kpi", produces = "application/json")
    @Operation(summary = "The KPI report", description = "Every KPI with its target and actual, the monthly trend, outcomes"
            + " by type, dissemination and people reached, for the chosen programmes and period.")
    KpiReport kpi(@Parameter(description = "Programme ids (one or more)") @RequestParam List<Long> programme,
                  @Parameter(description = "First day (YYYY-MM-DD); with to. Default: 1 January of this year")
                  @RequestParam(required = false) LocalDate from,
                  @Parameter(description = "Last day (YYYY-MM-DD); with from. Default: 31 December of this year")
                  @RequestParam(required = false) LocalDate to,
                  @Parameter(description = "A partner organisation's id") @RequestParam(required = false) Long partner,
                  @Parameter(description = "Two-letter country code") @RequestParam(required = false) String country) {
        return reports.report(filter(programme, from, to, partner, country));
    }

    @GetMapping(path = "/kpi.csv", produces = "text/csv")
    @Operation(summary = "The KPI report as CSV", description = "The Reports screen's CSV download.",
            responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> csv(@RequestParam List<Long> programme, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long partner,
                               @RequestParam(required = false) String country) {
        return file(exports.csv(filter(programme, from, to, partner, country)));
    }

    @GetMapping(path = "/kpi.xlsx", produces = XLSX)
    @Operation(summary = "The KPI report as an Excel workbook", description = "The Reports screen's XLSX download."
            + "", responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> xlsx(@RequestParam List<Long> programme, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long partner,
                                @RequestParam(required = false) String country) {
        return file(exports.xlsx(filter(programme, from, to, partner, country)));
    }

    @GetMapping(path = "/kpi.pdf", produces = "application/pdf")
    @Operation(summary = "The KPI report as PDF", description = "The Reports screen's PDF download.",
            responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@RequestParam List<Long> programme, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long partner,
                               @RequestParam(required = false) String country) {
        return file(exports.pdf(filter(programme, from, to, partner, country)));
    }

    private ReportFilter filter(List<Long> programmes, LocalDate from, LocalDate to, Long partner, String country) {
        if ((from == null) != (to == null)) {
            throw new org.crossfield.reporting.InvalidReportException("Give both from and to, or neither (this calendar year).");
        }
        int year = LocalDate.now(clock).getYear();
        return new ReportFilter(programmes, from == null ? LocalDate.of(year, 1, 1) : from,
                to == null ? LocalDate.of(year, 12, 31) : to, partner, country);
    }

    private static ResponseEntity<byte[]> file(ReportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.bytes());
    }
}
