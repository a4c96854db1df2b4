package org.crossfield.collaboration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.collaboration.TaggedReader.Syntax;
import org.crossfield.collaboration.TaggedReader.TaggedRecord;
import org.crossfield.i18n.Text;

/**
 * Reads publications from bibliography files: BibTeX and biblatex ({@link BibTeXReader}), RIS, PubMed's MEDLINE/nbib
 * and the Web of Science tagged export ({@link TaggedReader}). Entry by entry: an entry that cannot be imported is
 * listed with its key, line and reason, and the others still are. Only a file that is not a bibliography at all (empty,
 * too big, not UTF-8, no entries) or that abuses BibTeX macros is refused whole. Field markup becomes plain Unicode text
 * ({@link MarkupText}). See docs/adr/0015 and docs/adr/0032.
 */
public final class PublicationImport {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The most entries one file may hold. */
    public static final int MAX_ENTRIES = 5_000;
    /** The earliest publication year accepted (the printing press). */
    public static final int EARLIEST_YEAR = 1450;
    static final int MAX_TITLE = OutcomeRules.MAX_TITLE;
    static final int MAX_AUTHORS = OutcomeRules.MAX_AUTHORS;
    static final int MAX_VENUE = OutcomeRules.MAX_TEXT;
    static final int MAX_URL = OutcomeRules.MAX_URL;

    /** The file formats Crossfield reads. */
    public enum Format {
        BIBTEX("BibTeX"), RIS("RIS"), MEDLINE("MEDLINE"), WEB_OF_SCIENCE("Web of Science");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The extensions the upload accepts. */
        public static final List<String> EXTENSIONS = List.of(".bib", ".bibtex", ".ris", ".nbib", ".medline", ".txt");

        /** By the file's first meaningful line, else by its name's extension. */
        static Format of(String fileName, String text) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
            if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
                throw new InvalidOutcomeException("collaboration.error.not-bibliography", "“" + fileName + "” is not a "
                        + "bibliography file: choose a BibTeX (.bib), RIS (.ris), PubMed (.nbib, .txt) or Web of Science (.txt) "
                        + "export.", fileName);
            }
            for (String line : text.lines().limit(200).toList()) {
                String l = line.replace("\uFEFF", "").strip();
                if (l.startsWith("@")) {
                    return BIBTEX;
                }
                if (l.matches("^[A-Z][A-Z0-9] {1,2}-( .*)?$")) {
                    return RIS;
                }
                if (l.matches("^PMID *- .*")) {
                    return MEDLINE;
                }
                if (l.matches("^(FN|VR|PT) .*")) {
                    return WEB_OF_SCIENCE;
                }
            }
            if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
                return BIBTEX;
            }
            throw new InvalidOutcomeException("collaboration.error.no-entries", "The file “" + fileName + "” holds no BibTeX, "
                    + "RIS, MEDLINE or Web of Science entries.", fileName);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTH_NAMES = new HashMap<>();

    static {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            MONTH_NAMES.put(names[i], i + 1);
        }
    }

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
     * The publications in a file, and the entries that cannot be imported.
     *
     * @param latestYear the latest publication year accepted (next year)
     * @throws InvalidOutcomeException when the file is empty, too big, not UTF-8, not a bibliography, holds no or too
     *                                 many entries, or its BibTeX macros grow beyond the bounds
     */
    public static PublicationFile read(String fileName, byte[] content, int latestYear) {
        if (content == null || content.length == 0) {
            throw new InvalidOutcomeException("collaboration.error.empty-file", "The file “" + fileName + "” is empty.", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidOutcomeException("collaboration.error.file-large", "The file is larger than " + MAX_BYTES / 1024 / 1024
                    + " MB; split it into smaller files.", MAX_BYTES / 1024 / 1024);
        }
        String text = utf8(content);
        Format format = Format.of(fileName, text);
        Years years = new Years(latestYear);
        PublicationFile file = switch (format) {
            case BIBTEX -> bibtex(text, years);
            case RIS -> tagged(format, TaggedReader.read(text, Syntax.RIS, MAX_ENTRIES), years);
            case MEDLINE -> tagged(format, TaggedReader.read(text, Syntax.MEDLINE, MAX_ENTRIES), years);
            case WEB_OF_SCIENCE -> tagged(format, TaggedReader.read(text, Syntax.WEB_OF_SCIENCE, MAX_ENTRIES), years);
        };
        if (file.publications().isEmpty() && file.refused().isEmpty()) {
            throw new InvalidOutcomeException("collaboration.error.no-format-entries", "The file holds no " + format.label()
                    + " entries.", format.label());
        }
        return file;
    }

    private record Years(int latest) {
    }

    /** An entry's fields, as text, before the checks. */
    private record Candidate(String key, int line, String title, List<String> authors, String venue, String date,
                             String year, String month, String doi, String url, String workType) {
    }

    // ---- BibTeX and biblatex ---------------------------------------------------------------------------------------

    static PublicationFile bibtex(String text, Years years) {
        BibTeXReader.Result read = BibTeXReader.read(text, MAX_ENTRIES);
        Map<String, BibTeXReader.Entry> byKey = new HashMap<>();
        read.entries().forEach(e -> byKey.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e));
        List<ImportedPublication> publications = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>(read.refused());
        for (BibTeXReader.Entry entry : read.entries()) {
            Map<String, String> f = inherited(entry, byKey);
            String type = entry.type();
            String workType = BIBTEX_TYPES.get(type);
            if (workType == null && ("misc".equals(type) || "online".equals(type))
                    && (f.containsKey("eprint") || f.containsKey("archiveprefix"))) {
                workType = "preprint";
            }
            String doi = f.get("doi");
            if (doi == null && "doi".equalsIgnoreCase(f.get("eprinttype"))) {
                doi = f.get("eprint");
            }
            String names = f.containsKey("author") ? f.get("author") : f.get("editor");
            List<String> authors = names == null ? List.of()
                    : splitNames(names).stream().map(MarkupText::fromLatex).filter(a -> !a.isBlank()).toList();
            Candidate c = new Candidate(entry.key(), entry.line(), MarkupText.fromLatex(f.get("title")), authors,
                    MarkupText.fromLatex(first(f.get("journaltitle"), f.get("journal"), f.get("booktitle"), f.get("school"),
                            f.get("institution"), f.get("publisher"), f.get("howpublished"), f.get("organization"))),
                    f.get("date"), f.get("year"), f.get("month"), doi, f.get("url"), workType);
            add(c, years, publications, refused);
        }
        refused.sort(java.util.Comparator.comparingInt(RefusedEntry::line));
        return new PublicationFile(Format.BIBTEX.label(), publications, refused);
    }

    /** An entry's fields with what it inherits through {@code crossref} (a proceedings' title is a paper's booktitle). */
    private static Map<String, String> inherited(BibTeXReader.Entry entry, Map<String, BibTeXReader.Entry> byKey) {
        String parentKey = entry.fields().get("crossref");
        BibTeXReader.Entry parent = parentKey == null ? null : byKey.get(parentKey.strip().toLowerCase(Locale.ROOT));
        if (parent == null || parent == entry) {
            return entry.fields();
        }
        Map<String, String> fields = new HashMap<>(entry.fields());
        if (parent.fields().containsKey("title") && !fields.containsKey("booktitle") && !fields.containsKey("journaltitle")
                && !fields.containsKey("journal")) {
            fields.put("booktitle", parent.fields().get("title"));
        }
        parent.fields().forEach((name, value) -> {
            if (!name.equals("title") && !name.equals("crossref") && !name.equals("doi") && !name.equals("url")) {
                fields.putIfAbsent(name, value);
            }
        });
        return fields;
    }

    /** Splits "A and B" at the top brace level ("{Barnes and Noble}" is one name); "and others" becomes "et al.". */
    private static List<String> splitNames(String names) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                Matcher m = AND.matcher(names).region(i, names.length());
                if (m.lookingAt()) {
                    out.add(names.substring(start, i));
                    start = m.end();
                    i = m.end() - 1;
                }
            }
        }
        out.add(names.substring(start));
        return out.stream().map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> n.equalsIgnoreCase("others") ? "et al." : n).toList();
    }

    // ---- RIS, MEDLINE, Web of Science ------------------------------------------------------------------------------

    private static PublicationFile tagged(Format format, List<TaggedRecord> records, Years years) {
        List<ImportedPublication> publications = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>();
        int position = 0;
        for (TaggedRecord r : records) {
            position++;
            Candidate c = switch (format) {
                case MEDLINE -> medline(r);
                case WEB_OF_SCIENCE -> webOfScience(r, position);
                default -> ris(r, position);
            };
            add(c, years, publications, refused);
        }
        return new PublicationFile(format.label(), publications, refused);
    }

    private static Candidate ris(TaggedRecord r, int position) {
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1", "A2", "A3", "A4")) {
            r.all(tag).stream().filter(a -> !a.isBlank()).map(MarkupText::fromTagged).forEach(authors::add);
        }
        String type = r.first("TY");
        String year = r.first("PY", "Y1", "DA", "Y2");
        // DO holds the DOI; some tools put it in M3 (which others use for the type of work) or only in a link
        String doi = first(r.first("DO", "DI"), firstDoi(r.all("M3")), firstDoi(r.all("UR")), firstDoi(r.all("L2")),
                firstDoi(r.all("N1")));
        return new Candidate(key(r.first("ID"), position), r.line(), MarkupText.fromTagged(r.first("TI", "T1", "CT")), authors,
                MarkupText.fromTagged(r.first("T2", "JO", "JF", "JA", "BT", "PB")), null, year, null, doi, r.first("UR", "L2"),
                type == null ? null : RIS_TYPES.get(type.toUpperCase(Locale.ROOT)));
    }

    private static Candidate medline(TaggedRecord r) {
        List<String> authors = (r.all("FAU").isEmpty() ? r.all("AU") : r.all("FAU")).stream()
                .filter(a -> !a.isBlank()).map(MarkupText::fromTagged).toList();
        String doi = null;
        for (String tag : List.of("LID", "AID")) {
            for (String value : r.all(tag)) {
                if (value.endsWith("[doi]") && doi == null) {
                    doi = value.substring(0, value.length() - "[doi]".length()).strip();
                }
            }
        }
        boolean article = r.all("PT").stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("article"));
        String pmid = r.first("PMID");
        String title = MarkupText.fromTagged(r.first("TI", "BTI"));
        if (title != null && title.endsWith(".")) {
            title = title.substring(0, title.length() - 1); // MEDLINE ends every title with a full stop
        }
        return new Candidate(pmid == null ? "?" : "PMID " + pmid, r.line(), title,
                authors, MarkupText.fromTagged(r.first("JT", "TA")), null, r.first("DP", "DEP"), null, doi,
                pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/", article ? "journal-article" : null);
    }

    private static Candidate webOfScience(TaggedRecord r, int position) {
        List<String> authors = (r.all("AF").isEmpty() ? r.all("AU") : r.all("AF")).stream()
                .filter(a -> !a.isBlank()).map(MarkupText::fromTagged).toList();
        String type = r.first("DT");
        String workType = type == null ? null : type.toLowerCase(Locale.ROOT).contains("proceedings") ? "conference-paper"
                : type.toLowerCase(Locale.ROOT).contains("article") ? "journal-article" : null;
        return new Candidate(key(r.first("UT"), position), r.line(), MarkupText.fromTagged(r.first("TI")), authors,
                MarkupText.fromTagged(r.first("SO", "SE")), null, r.first("PY", "EA"), r.first("PD"), r.first("DI", "DL"), null,
                workType);
    }

    private static String key(String id, int position) {
        return id == null || id.isBlank() ? "record " + position : id.strip();
    }

    private static String firstDoi(List<String> values) {
        return values.stream().map(Doi::find).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    // ---- shared ----------------------------------------------------------------------------------------------------

    private static void add(Candidate c, Years years, List<ImportedPublication> publications, List<RefusedEntry> refused) {
        try {
            publications.add(checked(c, years));
        } catch (InvalidOutcomeException e) {
            refused.add(new RefusedEntry(c.key(), c.line(), new Text(e.messageKey(), e.getMessage(), e.messageArguments())));
        }
    }

    private static ImportedPublication checked(Candidate c, Years years) {
        if (c.title() == null || c.title().isBlank()) {
            throw new InvalidOutcomeException("collaboration.import.refused.no-title", "It has no title.");
        }
        String title = c.title();
        if (title.length() > MAX_TITLE) {
            throw new InvalidOutcomeException("collaboration.import.refused.title-long", "Its title is " + title.length()
                    + " characters long; at most " + MAX_TITLE + " fit.", title.length(), MAX_TITLE);
        }
        LocalDate date = date(c, years);
        String doi = null;
        if (c.doi() != null && !c.doi().isBlank()) {
            doi = Doi.find(MarkupText.html(c.doi()).replace("\\_", "_"));
            if (doi == null) {
                String notDoi = clip(c.doi().strip(), 80);
                throw new InvalidOutcomeException("collaboration.import.refused.not-doi", "“" + notDoi + "” is not a DOI. A DOI "
                        + "looks like 10.1234/abc.567 (with or without https://doi.org/ in front).", notDoi);
            }
        }
        String url = c.url() == null ? null : c.url().strip();
        if (url != null && !url.matches("(?i)^https?://\\S+$") || url != null && url.length() > MAX_URL) {
            url = null;
        }
        if (doi == null && url != null) {
            doi = Doi.find(url);
        }
        String authors = c.authors().isEmpty() ? null : clip(String.join("; ", c.authors()), MAX_AUTHORS);
        return new ImportedPublication(c.key(), c.line(), title, authors, clip(c.venue(), MAX_VENUE),
                date == null ? null : date.getYear(), date, doi, url, c.workType());
    }

    /**
     * The date an entry counts on: biblatex's {@code date} (full or partial; a range counts from its start), else
     * {@code year} with {@code month}, else null (undated, also for "in press"). A year outside 1450..next year
     * refuses the entry.
     */
    private static LocalDate date(Candidate c, Years years) {
        String text = c.date() != null ? c.date() : c.year();
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(text);
        Matcher plain = YEAR.matcher(text);
        Integer year;
        Integer month = null;
        Integer day = null;
        if (iso.find()) {
            year = Integer.parseInt(iso.group(1));
            month = iso.group(2) == null ? month(text.substring(iso.end())) : Integer.valueOf(iso.group(2));
            day = iso.group(3) == null ? null : Integer.parseInt(iso.group(3));
        } else if (plain.find()) {
            year = Integer.parseInt(plain.group(1));
            month = month(text.substring(plain.end()));
        } else {
            return null; // "in press", "forthcoming", "n.d.": undated, the person sets the date
        }
        if (year < EARLIEST_YEAR || year > years.latest()) {
            throw new InvalidOutcomeException("collaboration.import.refused.year", year + " is not a plausible year of "
                    + "publication; it must lie between " + EARLIEST_YEAR + " and " + years.latest() + ".", year, EARLIEST_YEAR,
                    years.latest());
        }
        if (month == null && c.month() != null) {
            month = month(c.month());
        }
        try {
            return LocalDate.of(year, month == null || month < 1 || month > 12 ? 1 : month,
                    month == null || day == null ? 1 : day);
        } catch (DateTimeException e) {
            return LocalDate.of(year, month == null || month < 1 || month > 12 ? 1 : month, 1);
        }
    }

    /** A month as a number, a name or an abbreviation ("3", "Mar", "March"), or null. */
    private static Integer month(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("^\\d{1,2}\\b.*")) {
            return Integer.parseInt(t.replaceAll("^(\\d{1,2}).*", "$1"));
        }
        return t.length() >= 3 ? MONTH_NAMES.get(t.substring(0, 3)) : null;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidOutcomeException("collaboration.error.not-utf8", "The file is not UTF-8 text; export it from your "
                    + "reference manager as UTF-8.");
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        return v.length() > max ? v.substring(0, max) : v;
    }
}
