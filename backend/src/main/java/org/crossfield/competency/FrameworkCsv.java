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

    static List<CompetencySummary> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new FrameworkImportException(List.of("The file is empty."));
        }
        if (bytes.length > MAX_BYTES) {
            throw new FrameworkImportException(List.of("The file is larger than 1 MB; a competency framework is far smaller."));
        }
        String text = decodeUtf8(bytes);
        List<String> problems = new ArrayList<>();
        List<CompetencySummary> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(HEADER)) {
                throw new FrameworkImportException(List.of("Line 1: the header must be exactly \"" + String.join(",", HEADER)
                        + "\" but is \"" + String.join(",", header) + "\"."));
            }
            Set<String> codes = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add("The file has more than " + MAX_ROWS + " competencies.");
                    break;
                }
                if (record.size() != HEADER.size()) {
                    problems.add("Line " + line + ": expected 4 fields (code, group, title, source) but found " + record.size() + ".");
                    continue;
                }
                String code = record.get(0);
                String area = CsvCells.restore(record.get(1));
                String title = CsvCells.restore(record.get(2));
                String source = CsvCells.restore(record.get(3));
                if (!CODE.matcher(code).matches()) {
                    problems.add("Line " + line + ": \"" + abbreviate(code) + "\" is not a competency code (capital letters, digits and '-', 2 to 16 characters, e.g. DSDA01 or HDS-03).");
                } else if (!codes.add(code)) {
                    problems.add("Line " + line + ": competency code " + code + " appears twice.");
                }
                requireText(problems, line, "group", area, 120);
                requireText(problems, line, "title", title, 300);
                if (source.length() > 120) {
                    problems.add("Line " + line + ": the source is longer than 120 characters.");
                }
                rows.add(new CompetencySummary(code, area, title, source.isEmpty() ? null : source));
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add("… stopped after " + MAX_PROBLEMS + " problems.");
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof FrameworkImportException fie) {
                throw fie;
            }
            throw new FrameworkImportException(List.of("The file is not valid CSV: " + firstLine(e.getMessage())));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add("The file has a header but no competencies.");
        }
        if (!problems.isEmpty()) {
            throw new FrameworkImportException(problems);
        }
        return rows;
    }

    private static void requireText(List<String> problems, long line, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add("Line " + line + ": the " + field + " is empty.");
        } else if (value.length() > max) {
            problems.add("Line " + line + ": the " + field + " is longer than " + max + " characters.");
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
            throw new FrameworkImportException(List.of("The file is not UTF-8 text; save it as CSV (UTF-8)."));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content.";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
