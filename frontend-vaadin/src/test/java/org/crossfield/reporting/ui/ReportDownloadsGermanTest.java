package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossfield.Application;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportFile;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportLabels;
import org.crossfield.reporting.ReportService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16: the report downloads in the downloading person's language. A German coordinator's CSV, workbook and PDF
 * have German headings, sheet names and KPI names (from the translation files, as the screens show them), German
 * numbers and months in the PDF; the CSV keeps its KPI codes and plain figures, and scripts ({@link ReportLabels#FOR_SCRIPTS},
 * the API and the command line) keep the English file with the snake_case header.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ReportDownloadsGermanTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @Autowired
    ReportExports exports;
    @Autowired
    ReportService reports;

    private ReportFilter filter() {
        List<Long> mine = reports.reportableProgrammes().stream().map(ProgrammeBrief::id).toList();
        return ReportFilter.year(LocalDate.now().getYear(), mine);
    }

    private static List<CSVRecord> csv(ReportFile file) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aGermanCsvHasGermanHeadingsAndKpiNamesAndKeepsItsCodes() throws Exception {
        List<CSVRecord> rows = csv(exports.csv(filter(), new TranslatedReportLabels(GERMAN)));
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("Programme", "Zeitraum von", "Zeitraum bis",
                "Partnerorganisation", "Land", "Kennzahl-Code", "Kennzahl", "Einheit", "Art", "Ziel", "Ist", "% des Ziels",
                "Wie gezählt wird");
        Map<String, CSVRecord> byCode = rows.stream().collect(Collectors.toMap(r -> r.get("Kennzahl-Code"), r -> r));
        CSVRecord started = byCode.get("COLLABORATIONS_STARTED");
        assertThat(started.get("Kennzahl")).isEqualTo("Begonnene Kooperationen");
        assertThat(started.get("Einheit")).isEqualTo("Anzahl");
        assertThat(started.get("Wie gezählt wird")).isEqualTo("Kooperationen, deren Vereinbarung im Zeitraum unterzeichnet wurde");
        assertThat(started.get("Art")).isEqualTo("von Crossfield gezählt");
        assertThat(started.get("Zeitraum von")).as("dates stay ISO for spreadsheets and scripts").isEqualTo(LocalDate.now().getYear() + "-01-01");
        assertThat(started.get("Ist")).as("a plain number").matches("\\d*");

        List<CSVRecord> scripts = csv(exports.csv(filter(), ReportLabels.FOR_SCRIPTS));
        assertThat(scripts.getFirst().getParser().getHeaderNames()).startsWith("programmes", "period_from").contains("kpi_code");
        assertThat(scripts.stream().filter(r -> r.get("kpi_code").equals("COLLABORATIONS_STARTED")).findFirst().orElseThrow().get("kpi"))
                .isEqualTo("Collaborations started");
        assertThat(csv(exports.csv(filter(), new TranslatedReportLabels(Locale.ENGLISH))).getFirst().getParser().getHeaderNames())
                .as("an English person's download has English headings").contains("KPI code", "How it is counted");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aGermanWorkbookHasGermanSheetsHeadingsAndKpiNames() throws Exception {
        ReportFile file = exports.xlsx(filter(), new TranslatedReportLabels(GERMAN));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList()).containsExactly("Kennzahlen", "Pro Monat", "Ergebnisse nach Art",
                    "Verbreitung", "Nach Land", "Neueste Ergebnisse");
            List<Row> kpis = wb.getFirstSheet().read();
            assertThat(kpis.getFirst().getCellText(0)).isEqualTo("Crossfield-Wirkungsbericht");
            assertThat(kpis.get(1).getCellText(0)).isEqualTo("Programme");
            assertThat(kpis.get(2).getCellText(1)).isEqualTo("01.01." + LocalDate.now().getYear() + " bis 31.12." + LocalDate.now().getYear());
            assertThat(kpis.get(3).getCellText(1)).isEqualTo("alle");
            Row header = kpis.stream().filter(r -> "Code".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellText(1)).isEqualTo("Kennzahl");
            assertThat(header.getCellText(7)).isEqualTo("Wie gezählt wird");
            Row started = kpis.stream().filter(r -> "COLLABORATIONS_STARTED".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(started.getCellText(1)).isEqualTo("Begonnene Kooperationen");
            assertThat(started.getCellText(2)).isEqualTo("Anzahl");
            Sheet trend = wb.getSheets().filter(s -> s.getName().equals("Pro Monat")).findFirst().orElseThrow();
            List<Row> months = trend.read();
            assertThat(months.getFirst().getCellText(0)).isEqualTo("Monat");
            assertThat(months.get(1).getCellText(0)).isEqualTo("Januar " + LocalDate.now().getYear());
            assertThat(months.get(3).getCellText(0)).isEqualTo("März " + LocalDate.now().getYear());
        }
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aGermanPdfHasGermanHeadingsSentencesKpiNamesAndMonths() throws Exception {
        ReportFile file = exports.pdf(filter(), new TranslatedReportLabels(GERMAN));
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int year = LocalDate.now().getYear();
            assertThat(text).contains("Wirkungsbericht", "Zeitraum:", "01.01." + year + " bis 31.12." + year, "Erstellt von Crossfield am",
                    "Zusammenfassung", "In diesem Zeitraum haben", "Kennzahlen", "Einheit", "Wie gezählt wird", "Begonnene Kooperationen Anzahl",
                    "Grafiken", "Pro Monat", "Januar " + year, "Dezember " + year, "Ergebnisse nach Art", "Verbreitung (Kategorien des Fördergebers)",
                    "Erreichte Personen nach Zielgruppe", "Seite 1 von");
            assertThat(text).doesNotContain("Impact report", "Key performance indicators", "Summary", "Per month", "How it is counted",
                    "Collaborations started", "People reached", "Page 1 of", "!reporting");
        }
    }

    /**
     * Issue 16: an outcome's amount and funder in German words and numbers ("100.000 EUR von Wellcome"), and the
     * countries by their German names in the workbook and the PDF (the demo's follow-on grant is 30 days old).
     */
    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void germanDownloadsWordAmountsWithTheirFunderAndNameTheCountries() throws Exception {
        List<Long> mine = reports.reportableProgrammes().stream().map(ProgrammeBrief::id).toList();
        ReportFilter lastYear = new ReportFilter(mine, LocalDate.now().minusDays(364), LocalDate.now(), null, null);
        List<String> countries = reports.fullReport(lastYear).byCountry().stream().map(c -> c.country())
                .filter(c -> c.matches("[A-Z]{2}")).toList();
        assertThat(countries).as("the demo's countries").isNotEmpty();
        List<String> german = countries.stream().map(c -> Locale.of("", c).getDisplayCountry(GERMAN)).toList();

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(exports.xlsx(lastYear, new TranslatedReportLabels(GERMAN)).bytes()))) {
            Sheet latest = wb.getSheets().filter(s -> s.getName().equals("Neueste Ergebnisse")).findFirst().orElseThrow();
            assertThat(latest.read().stream().map(r -> r.getCellText(3)).toList())
                    .anyMatch(d -> d.matches(".*\\d{1,3}(\\.\\d{3})*(,\\d{2})? EUR von Wellcome.*"))
                    .noneMatch(d -> d.contains(" from ") || d.startsWith("EUR "));
            Sheet byCountry = wb.getSheets().filter(s -> s.getName().equals("Nach Land")).findFirst().orElseThrow();
            assertThat(byCountry.read().stream().skip(1).map(r -> r.getCellText(0)).toList()).containsAll(german)
                    .doesNotContainAnyElementsOf(countries);
        }
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(lastYear, new TranslatedReportLabels(GERMAN)).bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).containsPattern("\\d{1,3}(\\.\\d{3})*(,\\d{2})? EUR von Wellcome").doesNotContain("from Wellcome");
            assertThat(text).contains(german.getFirst());
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(exports.xlsx(lastYear, ReportLabels.FOR_SCRIPTS).bytes()))) {
            Sheet latest = wb.getSheets().filter(s -> s.getName().equals("Latest outcomes")).findFirst().orElseThrow();
            assertThat(latest.read().stream().map(r -> r.getCellText(3)).toList()).as("scripts keep the English detail")
                    .anyMatch(d -> d.matches(".*EUR \\d{1,3}(,\\d{3})*(\\.\\d{2})? from Wellcome.*"));
        }
    }
}
