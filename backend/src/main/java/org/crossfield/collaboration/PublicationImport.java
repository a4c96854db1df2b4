package org.crossfield.collaboration;

import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * Reads publications from BibTeX (with jbibtex) and RIS (by hand: a line-based format of two-letter tags) files. A
 * file is read whole or not at all: the first problem refuses the file with a sentence naming the entry, so a user
 * never imports half a bibliography. See docs/adr/0015.
 */
public final class PublicationImport {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 1_000_000;
    /** The most entries one file may hold. */
    public static final int MAX_ENTRIES = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_AUTHORS = 2_000;
    static final int MAX_VENUE = 500;
    static final int MAX_URL = 500;

    /** The file formats Crossfield reads. */
    public enum Format {
        BIBTEX, RIS;

        /** By the file name's extension ({@code .bib}, {@code .bibtex}, {@code .ris}). */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
            if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
                return BIBTEX;
            }
            if (name.endsWith(".ris")) {
                return RIS;
            }
            throw new InvalidOutcomeException("“" + fileName + "” is neither a BibTeX (.bib) nor a RIS (.ris) file.");
        }
    }

    private static final Pattern RIS_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private static final Map<String, String> BIBTEX_TYPES = Map.ofEntries(
            Map.entry("article", "journal-article"),
            Map.entry("inproceedings", "conference-paper"),
            Map.entry("conference", "conference-paper"),
            Map.entry("phdthesis", "dissertation-thesis"),
            Map.entry("mastersthesis", "dissertation-thesis"),
            Map.entry("thesis", "dissertation-thesis"),
            Map.entry("incollection", "book-chapter"),
            Map.entry("inbook", "book-chapter"),
            Map.entry("techreport", "report"),
            Map.entry("report", "report"),
            Map.entry("unpublished", "working-paper"));

    private static final Map<String, String> RIS_TYPES = Map.ofEntries(
            Map.entry("JOUR", "journal-article"),
            Map.entry("EJOUR", "journal-article"),
            Map.entry("JFULL", "journal-article"),
            Map.entry("CONF", "conference-paper"),
            Map.entry("CPAPER", "conference-paper"),
            Map.entry("THES", "dissertation-thesis"),
            Map.entry("CHAP", "book-chapter"),
            Map.entry("RPRT", "report"),
            Map.entry("UNPB", "working-paper"),
            Map.entry("MANSCPT", "working-paper"));

    private PublicationImport() {
    }

    /**
     * The publications in a file.
     *
     * @throws InvalidOutcomeException when the file is empty, too big, not UTF-8, malformed, holds no or too many
     *                                 entries, or an entry lacks a title or carries a bad DOI or year
     */
    public static List<ImportedPublication> read(String fileName, byte[] content) {
        Format format = Format.of(fileName);
        if (content == null || content.length == 0) {
            throw new InvalidOutcomeException("The file “" + fileName + "” is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidOutcomeException("The file is larger than 1 MB; split it into smaller files.");
        }
        String text = utf8(content);
        List<ImportedPublication> publications = format == Format.BIBTEX ? bibtex(text) : ris(text);
        if (publications.isEmpty()) {
            throw new InvalidOutcomeException("The file holds no " + (format == Format.BIBTEX ? "BibTeX" : "RIS")
                    + " entries.");
        }
        return publications;
    }

    // ---- BibTeX ----------------------------------------------------------------------------------------------------

    static List<ImportedPublication> bibtex(String text) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(text));
        } catch (org.jbibtex.ParseException | org.jbibtex.TokenMgrException e) {
            throw new InvalidOutcomeException("This is not a valid BibTeX file: " + firstLine(e.getMessage()));
        } catch (org.jbibtex.ObjectResolutionException e) {
            throw new InvalidOutcomeException("The BibTeX file refers to something it does not define: "
                    + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new InvalidOutcomeException("This is not a valid BibTeX file.");
        }
        Map<Key, BibTeXEntry> entries = database.getEntries();
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidOutcomeException("The file holds " + entries.size() + " entries; at most " + MAX_ENTRIES
                    + " can be imported at once.");
        }
        List<ImportedPublication> publications = new ArrayList<>();
        for (BibTeXEntry entry : entries.values()) {
            String key = entry.getKey().getValue();
            String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
            String title = field(entry, "title");
            String authors = field(entry, "author");
            String venue = first(field(entry, "journal"), field(entry, "booktitle"), field(entry, "school"),
                    field(entry, "institution"), field(entry, "publisher"), field(entry, "howpublished"));
            String workType = BIBTEX_TYPES.get(type);
            if (workType == null && ("misc".equals(type) || "online".equals(type))
                    && (field(entry, "eprint") != null || field(entry, "archiveprefix") != null)) {
                workType = "preprint";
            }
            publications.add(checked("Entry “" + key + "”", key, title,
                    authors == null ? null : String.join("; ", authors.split("\\s+and\\s+")), venue,
                    field(entry, "year"), field(entry, "doi"), field(entry, "url"), workType));
        }
        return publications;
    }

    private static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return null;
        }
        String raw = value.toUserString();
        return blankToNull(latexToText(raw));
    }

    /** LaTeX markup ({@code {\"u}}, {@code \&}, braces) as plain text; the raw value when it is not valid LaTeX. */
    private static String latexToText(String raw) {
        if (raw == null || raw.indexOf('\\') < 0 && raw.indexOf('{') < 0) {
            return raw;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(raw));
        } catch (org.jbibtex.ParseException | RuntimeException e) {
            return raw.replace("{", "").replace("}", "");
        }
    }

    // ---- RIS -------------------------------------------------------------------------------------------------------

    static List<ImportedPublication> ris(String text) {
        List<ImportedPublication> publications = new ArrayList<>();
        Map<String, List<String>> record = null;
        int lineNumber = 0;
        String lastTag = null;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.stripTrailing();
            if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1);
            }
            if (trimmed.isBlank()) {
                continue;
            }
            Matcher m = RIS_LINE.matcher(trimmed);
            if (!m.matches()) {
                if (record != null && lastTag != null) {
                    // a wrapped long value continues on the next line
                    List<String> values = record.get(lastTag);
                    values.set(values.size() - 1, values.getLast() + " " + trimmed.strip());
                    continue;
                }
                throw new InvalidOutcomeException("This is not a valid RIS file: line " + lineNumber
                        + " is not of the form “TY  - value”.");
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if ("TY".equals(tag)) {
                if (record != null) {
                    throw new InvalidOutcomeException("This is not a valid RIS file: the record before line " + lineNumber
                            + " does not end with “ER  -”.");
                }
                record = new LinkedHashMap<>();
                record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
                lastTag = tag;
            } else if ("ER".equals(tag)) {
                if (record == null) {
                    throw new InvalidOutcomeException("This is not a valid RIS file: “ER  -” on line " + lineNumber
                            + " ends a record that never started with “TY  -”.");
                }
                publications.add(risPublication(record, publications.size() + 1));
                if (publications.size() > MAX_ENTRIES) {
                    throw new InvalidOutcomeException("The file holds more than " + MAX_ENTRIES
                            + " entries; at most " + MAX_ENTRIES + " can be imported at once.");
                }
                record = null;
                lastTag = null;
            } else {
                if (record == null) {
                    throw new InvalidOutcomeException("This is not a valid RIS file: line " + lineNumber
                            + " comes before the first “TY  -”.");
                }
                record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
                lastTag = tag;
            }
        }
        if (record != null) {
            throw new InvalidOutcomeException("This is not a valid RIS file: the last record does not end with “ER  -”.");
        }
        return publications;
    }

    private static ImportedPublication risPublication(Map<String, List<String>> record, int position) {
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1", "A2", "A3", "A4")) {
            record.getOrDefault(tag, List.of()).stream().filter(a -> !a.isBlank()).forEach(authors::add);
        }
        String title = tag(record, "TI", "T1", "CT");
        String venue = tag(record, "T2", "JO", "JF", "JA", "BT", "PB");
        String year = tag(record, "PY", "Y1", "DA");
        String type = tag(record, "TY");
        String key = "#" + position;
        return checked("Entry " + position, key, title, authors.isEmpty() ? null : String.join("; ", authors), venue, year,
                tag(record, "DO"), tag(record, "UR", "L2"), type == null ? null : RIS_TYPES.get(type.toUpperCase(Locale.ROOT)));
    }

    private static String tag(Map<String, List<String>> record, String... tags) {
        for (String tag : tags) {
            for (String value : record.getOrDefault(tag, List.of())) {
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    // ---- shared ----------------------------------------------------------------------------------------------------

    private static ImportedPublication checked(String name, String key, String title, String authors, String venue,
                                               String year, String doi, String url, String workType) {
        if (title == null || title.isBlank()) {
            throw new InvalidOutcomeException(name + " has no title.");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidOutcomeException(name + " has a title longer than " + MAX_TITLE + " characters.");
        }
        Integer publicationYear = null;
        if (year != null) {
            Matcher m = YEAR.matcher(year);
            if (!m.find() || Integer.parseInt(m.group(1)) < 1900 || Integer.parseInt(m.group(1)) > 2100) {
                throw new InvalidOutcomeException(name + " has “" + year + "” as its year; write a year such as 2026.");
            }
            publicationYear = Integer.parseInt(m.group(1));
        }
        String normalisedDoi;
        try {
            normalisedDoi = Doi.normalise(doi);
        } catch (InvalidOutcomeException e) {
            throw new InvalidOutcomeException(name + ": " + e.getMessage());
        }
        return new ImportedPublication(key, collapse(title), clip(authors, MAX_AUTHORS), clip(venue, MAX_VENUE),
                publicationYear, normalisedDoi, url == null || url.length() > MAX_URL ? null : url.strip(), workType);
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidOutcomeException("The file is not UTF-8 text; export it from your reference manager as "
                    + "UTF-8 BibTeX or RIS.");
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String v = collapse(value);
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static String collapse(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be read.";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
