package org.crossfield.competency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crossfield.i18n.Text;
import org.crossfield.platform.csv.CsvCells;

/**
 * The framework's CSV form, the same as {@code shared/data/competencies.csv}: {@code code,group,title,source}.
 * Reading checks everything before anything is used, and reports every problem with its line number.
 */
final class FrameworkCsv {

    static final List<String> HEADER = List.of("code", "group", "title", "source");
    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ROWS = 2_000;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

    private FrameworkCsv() {
    }

    static byte[] write(List<CompetencySummary> competencies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (CompetencySummary c : competencies) {
                // text cells neutralised against formula injection (OWASP); read() takes the neutralising apostrophe off
                printer.printRecord(CsvCells.safe(c.code()), CsvCells.safe(c.area()), CsvCells.safe(c.title()),
                        c.source() == null ? "" : CsvCells.safe(c.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads line by line, so that one broken line (an unclosed quotation mark, say) is reported with its number and
     * words of advice while every other line is still checked. A field therefore cannot span lines; no competency title
     * needs to.
     */
    static List<CompetencySummary> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw FrameworkImportException.of("competency.import.empty", "The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw FrameworkImportException.of("competency.import.too-large", "The file is larger than 1 MB; a competency framework is far smaller.");
        }
        String text = decodeUtf8(bytes);
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> header;
        try {
            header = fields(lines[0]);
        } catch (LineProblem e) {
            throw FrameworkImportException.of(List.of(e.at(1)));
        }
        if (!header.equals(HEADER)) {
            throw FrameworkImportException.of("competency.import.header", "Line 1: the header must be exactly \"" + String.join(",", HEADER)
                    + "\" but is \"" + String.join(",", header) + "\".", String.join(",", HEADER), String.join(",", header));
        }
        List<Text> problems = new ArrayList<>();
        List<CompetencySummary> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            long line = i + 1;
            if (rows.size() >= MAX_ROWS) {
                problems.add(new Text("competency.import.too-many-rows", "The file has more than " + MAX_ROWS + " competencies.", MAX_ROWS));
                break;
            }
            List<String> record;
            try {
                record = fields(lines[i]);
            } catch (LineProblem e) {
                problems.add(e.at(line));
                continue;
            }
            if (record.size() != HEADER.size()) {
                boolean more = record.size() > HEADER.size();
                problems.add(new Text(more ? "competency.import.fields-comma" : "competency.import.fields",
                        "Line " + line + ": expected 4 fields (code, group, title, source) but found " + record.size()
                        + (more ? "; a text with a comma needs quotation marks around it." : "."), line, record.size()));
                continue;
            }
            String code = record.get(0);
            // cells our own export neutralised against formula injection come back as written
            String area = CsvCells.restore(record.get(1));
            String title = CsvCells.restore(record.get(2));
            String source = CsvCells.restore(record.get(3));
            if (!CODE.matcher(code).matches()) {
                problems.add(new Text("competency.import.bad-code", "Line " + line + ": \"" + abbreviate(code) + "\" is not a competency code "
                        + "(capital letters, digits and '-', 2 to 16 characters, e.g. DSDA01 or HDS-03).", line, abbreviate(code)));
            } else if (!codes.add(code)) {
                problems.add(new Text("competency.import.code-twice", "Line " + line + ": competency code " + code + " appears twice.", line, code));
            }
            requireText(problems, line, "group", area, 120);
            requireText(problems, line, "title", title, 300);
            if (source.length() > 120) {
                problems.add(new Text("competency.import.source-too-long", "Line " + line + ": the source is longer than 120 characters.", line, 120));
            }
            rows.add(new CompetencySummary(code, area, title, source.isEmpty() ? null : source));
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new Text("competency.import.stopped", "… stopped after " + MAX_PROBLEMS + " problems.", MAX_PROBLEMS));
                break;
            }
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Text("competency.import.no-rows", "The file has a header but no competencies."));
        }
        if (!problems.isEmpty()) {
            throw FrameworkImportException.of(problems);
        }
        return rows;
    }

    /** One line's fields, or a {@link LineProblem} that says in words what is wrong with its quoting. */
    private static List<String> fields(String line) {
        CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            return records.getFirst().toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            long quotes = line.chars().filter(c -> c == '"').count();
            throw new LineProblem(quotes % 2 == 1 ? "competency.import.quote-open" : "competency.import.quote-misplaced",
                    quotes % 2 == 1
                    ? "a quotation mark (\") opens a text that is not closed on this line. Close it, or write a quotation "
                    + "mark inside a text as two (\"\")."
                    : "a quotation mark (\") is in the wrong place: put quotation marks only around a whole field, and "
                    + "write one inside a text as two (\"\").");
        }
    }

    /** What is wrong with one line, in words. */
    private static final class LineProblem extends RuntimeException {
        private final String key;

        LineProblem(String key, String message) {
            super(message, null, false, false);
            this.key = key;
        }

        /** The problem as found on a line of the file. */
        Text at(long line) {
            return new Text(key, "Line " + line + ": " + getMessage(), line);
        }
    }

    private static void requireText(List<Text> problems, long line, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(new Text("competency.import.empty-" + field, "Line " + line + ": the " + field + " is empty.", line));
        } else if (value.length() > max) {
            problems.add(new Text("competency.import.too-long-" + field, "Line " + line + ": the " + field + " is longer than " + max
                    + " characters.", line, max));
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw FrameworkImportException.of("competency.import.not-utf8", "The file is not UTF-8 text; save it as CSV (UTF-8).");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
