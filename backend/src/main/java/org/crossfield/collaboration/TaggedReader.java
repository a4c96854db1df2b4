package org.crossfield.collaboration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of the line-based formats in which every line is a tag and a value: RIS ({@code TY  - JOUR}, also with
 * one space before the dash as some tools write it), PubMed's MEDLINE/nbib ({@code PMID- 123}, {@code FAU - Smith, J})
 * and the Web of Science tagged export ({@code PT J}, {@code TI Title}). Wrapped values continue on the next line.
 * Lines outside records (headers, blank lines) are ignored, as is a record that never ends properly when the next one
 * starts.
 */
final class TaggedReader {

    /** One record: each tag's values in file order. */
    record TaggedRecord(int line, Map<String, List<String>> tags) {

        List<String> all(String tag) {
            return tags.getOrDefault(tag, List.of());
        }

        /** The first non-blank value of the first tag that has one. */
        String first(String... names) {
            for (String name : names) {
                for (String value : all(name)) {
                    if (!value.isBlank()) {
                        return value.strip();
                    }
                }
            }
            return null;
        }
    }

    enum Syntax {
        RIS(Pattern.compile("^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$"), "TY", "ER"),
        MEDLINE(Pattern.compile("^([A-Z][A-Z0-9]{1,3}) *-(?: (.*))?$"), "PMID", null),
        WEB_OF_SCIENCE(Pattern.compile("^([A-Z][A-Z0-9])(?: (.*))?$"), "PT", "ER");

        private final Pattern line;
        private final String start;
        private final String end;

        Syntax(Pattern line, String start, String end) {
            this.line = line;
            this.start = start;
            this.end = end;
        }
    }

    private TaggedReader() {
    }

    /**
     * Every record of the file.
     *
     * @throws InvalidOutcomeException when it holds more than {@code maxRecords} records
     */
    static List<TaggedRecord> read(String text, Syntax syntax, int maxRecords) {
        List<TaggedRecord> records = new ArrayList<>();
        Map<String, List<String>> current = null;
        int currentLine = 0;
        String lastTag = null;
        int lineNumber = 0;
        for (String raw : text.split("\\R", -1)) {
            lineNumber++;
            String line = raw.replace("\uFEFF", "").stripTrailing();
            if (line.isBlank()) {
                if (syntax == Syntax.MEDLINE && current != null) {
                    records.add(new TaggedRecord(currentLine, current));
                    current = null;
                }
                continue;
            }
            Matcher m = syntax.line.matcher(line);
            boolean continuation = Character.isWhitespace(raw.charAt(0)) && syntax != Syntax.RIS;
            if (continuation || !m.matches()) {
                if (current != null && lastTag != null) {
                    List<String> values = current.get(lastTag);
                    if (syntax == Syntax.WEB_OF_SCIENCE && multiValued(lastTag)) {
                        values.add(line.strip());
                    } else {
                        values.set(values.size() - 1, (values.getLast() + " " + line.strip()).strip());
                    }
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals(syntax.start)) {
                if (current != null) {
                    records.add(new TaggedRecord(currentLine, current));
                }
                if (records.size() >= maxRecords) {
                    throw new InvalidOutcomeException("collaboration.error.too-many-records", "The file holds more than "
                            + maxRecords + " records; at most " + maxRecords + " can be imported at once. Split it into "
                            + "smaller files.", maxRecords);
                }
                current = new LinkedHashMap<>();
                currentLine = lineNumber;
            } else if (tag.equals(syntax.end)) {
                if (current != null) {
                    records.add(new TaggedRecord(currentLine, current));
                }
                current = null;
                lastTag = null;
                continue;
            }
            if (current != null) {
                current.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
                lastTag = tag;
            }
        }
        if (current != null) {
            records.add(new TaggedRecord(currentLine, current));
        }
        return records;
    }

    /** Web of Science lists authors one per line under a single tag. */
    private static boolean multiValued(String tag) {
        return tag.equals("AU") || tag.equals("AF") || tag.equals("BA") || tag.equals("BF") || tag.equals("ED");
    }
}
