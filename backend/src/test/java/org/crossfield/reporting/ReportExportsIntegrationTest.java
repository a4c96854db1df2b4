package org.crossfield.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossfield.collaboration.OutcomeTotals;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The exports read back: the CSV parses, the workbook opens with the figures, the PDF's text holds the KPI table. */
@CrossfieldIntegrationTest
class ReportExportsIntegrationTest {

    private static ReportFixture data;

    @Autowired
    ReportExports exports;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @BeforeEach
    void dataSet() {
        synchronized (ReportExportsIntegrationTest.class) {
            if (data == null) {
                data = ReportFixture.create(jdbc, totals, "-exp");
            }
        }
    }

    private ReportFile as(String email, java.util.function.Supplier<ReportFile> export) {
        return runAs.as(email, export);
    }

    @Test
    void theCsvParsesBackWithEveryKpi() throws Exception {
        ReportFile file = as(ReportServiceIntegrationTest.COORDINATOR, () -> exports.csv(data.year2025(data.x).withPartner(data.p1)));
        assertThat(file.fileName()).isEqualTo("crossfield-report-2025-01-01-to-2025-12-31.csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(jdbc.queryForObject("select count(*) from kpi_definition", Integer.class));
        Map<String, CSVRecord> byCode = records.stream().collect(Collectors.toMap(r -> r.get("kpi_code"), r -> r));
        assertThat(byCode.get("FOLLOW_ON_FUNDING").get("actual")).isEqualTo("100000");
        assertThat(byCode.get("COLLABORATIONS_STARTED").get("actual")).isEqualTo("2");
        assertThat(byCode.get("COLLABORATIONS_STARTED").get("target")).isEqualTo("4");
        assertThat(byCode.get("COLLABORATIONS_STARTED").get("percent_of_target")).isEqualTo("50");
        assertThat(byCode.get("WEBSITE_VISITORS").get("kind")).isEqualTo("MEASURED");
        assertThat(byCode.get("MATERIAL_DOWNLOADS").get("actual")).isEmpty();
        assertThat(records.getFirst().get("partner")).startsWith("Report Test Pharma");
        assertThat(records.getFirst().get("programmes")).startsWith("Report test programme X");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        long admin = runAs.idOf("admin@demo.crossfield.org");
        jdbc.update("insert into kpi_definition (code, title, unit, how_counted, kind, position, created_by)"
                + " values ('FORMULA_TEST', '=HYPERLINK(\"http://evil.example\",\"click\")', '@unit', '-1+1', 'MEASURED', 9999, ?)", admin);
        try {
            ReportFile file = as(ReportServiceIntegrationTest.COORDINATOR, () -> exports.csv(data.year2025(data.x)));
            CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8))).getRecords().stream()
                    .filter(r -> r.get("kpi_code").equals("FORMULA_TEST")).findFirst().orElseThrow();
            assertThat(row.get("kpi")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(row.get("unit")).isEqualTo("'@unit");
            assertThat(row.get("how_counted")).isEqualTo("'-1+1");
        } finally {
            jdbc.update("delete from kpi_definition where code = 'FORMULA_TEST'");
        }
    }

    @Test
    void theWorkbookOpensAndHoldsTheFigures() throws Exception {
        ReportFile file = as(ReportServiceIntegrationTest.ADMIN, () -> exports.xlsx(data.year2025(data.x)));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("KPIs", "Per month", "Outcomes by type", "Dissemination", "By country", "Latest outcomes");
            List<Row> rows = wb.getFirstSheet().read();
            Map<String, Row> byCode = rows.stream().filter(r -> r.getCellCount() > 5)
                    .collect(Collectors.toMap(r -> r.getCellText(0), r -> r, (a, b) -> a));
            assertThat(byCode.get("PEOPLE_REACHED").getCellAsNumber(5)).contains(new BigDecimal("1725"));
            assertThat(byCode.get("FOLLOW_ON_FUNDING").getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("158000.50");
            assertThat(byCode.get("COLLABORATIONS_STARTED").getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("4");
            Sheet dissemination = wb.getSheets().filter(s -> s.getName().equals("Dissemination")).findFirst().orElseThrow();
            Row press = dissemination.read().stream().filter(r -> "PRESS_RELEASE".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(press.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
            assertThat(press.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("1000");
            Sheet outcomes = wb.getSheets().filter(s -> s.getName().equals("Latest outcomes")).findFirst().orElseThrow();
            assertThat(outcomes.read()).hasSize(1 + 7);
            // scripts read the details and the countries as they always have: English words, grouped figures, ISO codes
            assertThat(outcomes.read().stream().map(r -> r.getCellText(3)).toList())
                    .contains("EUR 100,000 from Test Funder", "EUR 58,000.50 from Test Funder");
            Sheet countries = wb.getSheets().filter(s -> s.getName().equals("By country")).findFirst().orElseThrow();
            assertThat(countries.read().stream().skip(1).map(r -> r.getCellText(0)).toList()).contains("BE", "NL")
                    .allMatch(code -> code.matches("[A-Z]{2}"));
        }
    }

    @Test
    void thePdfHoldsTheSummaryKpiTableDisseminationAndOutcomes() throws Exception {
        ReportFile file = as(ReportServiceIntegrationTest.COORDINATOR, () -> exports.pdf(data.year2025(data.x, data.y)));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Impact report").contains("Report test programme X-exp").contains("Report test programme Y-exp");
            assertThat(text).contains("In this period 4 collaborations started, 8 outcomes were recorded");
            assertThat(text).contains("Key performance indicators");
            assertThat(text).contains("Collaborations started count 4 4 100 %");
            assertThat(text).contains("Follow-on funding EUR – 158,000.50");
            assertThat(text).contains("Website unique visitors count – 2,500");
            assertThat(text).contains("Dissemination (funder's categories)").contains("Press release 1 0 0 1,000");
            assertThat(text).contains("Publications (4)").contains("Further funding (2)");
            assertThat(text).contains("EUR 100,000 from Test Funder").contains("EUR 58,000.50 from Test Funder");
            // every chart: its title, a sentence on what it shows, and the legend of the multi-colour bars
            assertThat(text).contains("Per month Collaborations started, outcomes recorded and dissemination activities delivered in"
                    + " each of the").contains("4 collaborations, 8 outcomes and");
            assertThat(text).contains("Outcomes by type 8 in all, of");
            assertThat(text).contains("By country (the partner organisation's, else the academic organisation's) Collaborations started,"
                    + " outcomes and delivered activities in");
            assertThat(text).contains("Collaborations started Outcomes Activities delivered");
        }
    }

    @Test
    void exportsFollowTheReportsAccessRule() {
        for (String email : List.of("student@demo.crossfield.org", "partner@demo.crossfield.org")) {
            assertThatThrownBy(() -> as(email, () -> exports.pdf(data.year2025(data.x)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(email, () -> exports.csv(data.year2025(data.x)))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(ReportServiceIntegrationTest.COORDINATOR, () -> exports.xlsx(data.year2025(data.z))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
