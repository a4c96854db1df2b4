package org.crossfield.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossfield.i18n.Text;

/**
 * The entries of a BibTeX or biblatex file, read as BibTeX reads them: text outside entries is a comment,
 * {@code @comment} and {@code @preamble} are skipped, {@code @string} macros (with {@code #} concatenation and the
 * month names) are expanded, and a broken entry is reported with its key and line while the reader carries on at the
 * next entry. Field values stay LaTeX; {@link MarkupText} turns them into text.
 * <p>
 * Expansion is bounded: a macro or field longer than {@link #MAX_VALUE} characters, or a file whose fields add up to
 * more than {@link #MAX_EXPANDED} characters, refuses the file (a few doubling macros would otherwise build strings of
 * millions of characters from a file of a few hundred bytes).
 */
final class BibTeXReader {

    static final int MAX_VALUE = 20_000;
    static final int MAX_EXPANDED = 20_000_000;

    /** One entry: type and field names in lower case, values expanded. */
    record Entry(String type, String key, int line, Map<String, String> fields) {
    }

    record Result(List<Entry> entries, List<RefusedEntry> refused) {
    }

    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "1"), Map.entry("feb", "2"),
            Map.entry("mar", "3"), Map.entry("apr", "4"), Map.entry("may", "5"), Map.entry("jun", "6"), Map.entry("jul", "7"),
            Map.entry("aug", "8"), Map.entry("sep", "9"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

    /** A problem in one entry, with the key of its text in the {@code collaboration} bundle; the reader skips to the next. */
    private static final class EntryProblem extends RuntimeException {
        private final transient Text reason;

        EntryProblem(String key, String english, Object... arguments) {
            super(english, null, false, false);
            this.reason = new Text(key, english, arguments);
        }
    }

    private final String text;
    private final int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>(MONTHS);
    private final int maxEntries;
    private int pos;
    private long expanded;
    /** The key of the entry being read, as soon as it is known (also when the entry breaks right after it). */
    private String currentKey;

    private BibTeXReader(String text, int maxEntries) {
        this.text = text;
        this.maxEntries = maxEntries;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads every entry.
     *
     * @throws InvalidOutcomeException when the file holds more than {@code maxEntries} entries or its macros expand
     *                                 beyond the bounds
     */
    static Result read(String text, int maxEntries) {
        return new BibTeXReader(text, maxEntries).readAll();
    }

    private Result readAll() {
        List<Entry> entries = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>();
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                break;
            }
            pos = at + 1;
            String type = identifier().toLowerCase(Locale.ROOT);
            skipSpace();
            if (type.isEmpty() || pos >= text.length() || text.charAt(pos) != '{' && text.charAt(pos) != '(') {
                continue; // an @ in the text between entries (an e-mail address, a note): a comment
            }
            if (type.equals("comment")) {
                skipGroup();
                continue;
            }
            char close = text.charAt(pos) == '{' ? '}' : ')';
            pos++;
            int line = line(at);
            String key = "?";
            currentKey = null;
            try {
                if (type.equals("preamble")) {
                    value(type, line);
                    expect(close);
                } else if (type.equals("string")) {
                    key = "@string";
                    stringDefinition(close, line);
                } else {
                    if (entries.size() + refused.size() >= maxEntries) {
                        throw new InvalidOutcomeException("collaboration.error.too-many-entries", "The file holds more than "
                                + maxEntries + " entries; at most " + maxEntries + " can be imported at once. Split it into "
                                + "smaller files.", maxEntries);
                    }
                    key = key(close);
                    entries.add(new Entry(type, key, line, fields(close, line)));
                }
            } catch (EntryProblem e) {
                refused.add(new RefusedEntry(currentKey != null ? currentKey : key, line, e.reason));
                resync(at);
            }
        }
        return new Result(entries, refused);
    }

    private void stringDefinition(char close, int line) {
        skipSpace();
        String name = identifier();
        if (name.isEmpty()) {
            throw new EntryProblem("collaboration.import.refused.string-no-name", "The @string has no name.");
        }
        skipSpace();
        expect('=');
        String value = value(name, line);
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
        }
        expect(close);
        macros.put(name.toLowerCase(Locale.ROOT), value);
    }

    private String key(char close) {
        skipSpace();
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != close
                && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String key = text.substring(start, pos);
        currentKey = key.isEmpty() ? null : key;
        skipSpace();
        if (key.isEmpty()) {
            throw new EntryProblem("collaboration.import.refused.no-key", "The entry has no citation key.");
        }
        if (pos >= text.length()) {
            throw new EntryProblem("collaboration.import.refused.no-end", "The entry does not end.");
        }
        if (text.charAt(pos) == ',') {
            pos++;
        } else if (text.charAt(pos) != close) {
            throw new EntryProblem("collaboration.import.refused.comma-after-key",
                    "A comma is missing after the citation key “" + key + "”.", key);
        }
        return key;
    }

    private Map<String, String> fields(char close, int line) {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new EntryProblem("collaboration.import.refused.not-closed",
                        "The entry does not end: a “" + close + "” is missing.", String.valueOf(close));
            }
            if (text.charAt(pos) == close) {
                pos++;
                return fields;
            }
            int fieldLine = line(pos);
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                boolean unclosed = atEntryStart();
                throw new EntryProblem(unclosed ? "collaboration.import.refused.not-field-unclosed"
                        : "collaboration.import.refused.not-field",
                        "Line " + fieldLine + " is not of the form “field = {value}”"
                        + (unclosed ? " (the entry before it does not end)" : "") + ".", fieldLine);
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                throw new EntryProblem("collaboration.import.refused.no-equals", "The field “" + name + "” on line " + fieldLine
                        + " has no “=”.", name, fieldLine);
            }
            pos++;
            String value = value(name, fieldLine);
            fields.putIfAbsent(name, value);
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) != close) {
                throw new EntryProblem("collaboration.import.refused.comma-after-field",
                        "A comma is missing after the field “" + name + "” on line " + fieldLine + ".", name, fieldLine);
            }
        }
    }

    /** A value: parts joined by {@code #}, each braced, quoted, a number or a macro name. */
    private String value(String name, int fieldLine) {
        StringBuilder value = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new EntryProblem("collaboration.import.refused.no-value", "The field “" + name + "” on line " + fieldLine
                        + " has no value.", name, fieldLine);
            }
            char c = text.charAt(pos);
            String part;
            if (c == '{') {
                part = delimited('}', name, fieldLine);
            } else if (c == '"') {
                part = delimited('"', name, fieldLine);
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                part = text.substring(start, pos);
            } else {
                String macro = identifier();
                if (macro.isEmpty()) {
                    throw new EntryProblem("collaboration.import.refused.no-value",
                            "The field “" + name + "” on line " + fieldLine + " has no value.", name, fieldLine);
                }
                part = macros.get(macro.toLowerCase(Locale.ROOT));
                if (part == null) {
                    throw new EntryProblem("collaboration.import.refused.unknown-string", "The field “" + name + "” on line "
                            + fieldLine + " uses the @string “" + macro + "”, which the file does not define before it.", name,
                            fieldLine, macro);
                }
            }
            if (value.length() + part.length() > MAX_VALUE) {
                throw new InvalidOutcomeException("collaboration.error.macro-value", "“" + name + "” on line " + fieldLine
                        + " grows beyond " + MAX_VALUE + " characters when its @string macros are put together; no "
                        + "bibliography needs that, so the file is refused.", name, fieldLine, MAX_VALUE);
            }
            expanded += part.length();
            if (expanded > MAX_EXPANDED) {
                throw new InvalidOutcomeException("collaboration.error.macro-file", "The file's fields grow beyond "
                        + MAX_EXPANDED + " characters when its @string macros are put together; the file is refused.",
                        MAX_EXPANDED);
            }
            value.append(part);
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                continue;
            }
            return value.toString();
        }
    }

    /** The text between a {@code {} or {@code "} at {@code pos} and its partner, inner braces balanced. */
    private String delimited(char end, String name, int fieldLine) {
        int start = ++pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                pos += 2;
                continue;
            }
            if (c == '\n' && atEntryStart(pos + 1)) {
                break;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    if (end == '}') {
                        return text.substring(start, pos++);
                    }
                    break;
                }
                depth--;
            } else if (c == '"' && end == '"' && depth == 0) {
                return text.substring(start, pos++);
            }
            pos++;
        }
        String missing = end == '}' ? "}" : "\"";
        throw new EntryProblem("collaboration.import.refused.value-not-closed", "The value of “" + name + "” on line " + fieldLine
                + " does not end: a “" + missing + "” is missing.", name, fieldLine, missing);
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
            int at = line(Math.min(pos, text.length() - 1));
            throw new EntryProblem("collaboration.import.refused.missing", "A “" + c + "” is missing on line " + at + ".",
                    String.valueOf(c), at);
        }
        pos++;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:.+/'!?&*".indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '%') {
                // a comment to the end of the line, as biber reads it
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
    }

    /** Skips a balanced {…} or (…) group at {@code pos}. */
    private void skipGroup() {
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
    }

    private boolean atEntryStart() {
        return atEntryStart(pos);
    }

    /** Whether a new entry ({@code @type{} or {@code @type(}) starts at {@code from}, after spaces on its line. */
    private boolean atEntryStart(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '@') {
            return false;
        }
        i++;
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > start && i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '(');
    }

    /** After a broken entry: carry on at the next entry that starts a line. */
    private void resync(int brokenAt) {
        int i = text.indexOf('\n', brokenAt);
        while (i >= 0) {
            if (atEntryStart(i + 1)) {
                pos = i + 1;
                return;
            }
            i = text.indexOf('\n', i + 1);
        }
        pos = text.length();
    }

    private int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
