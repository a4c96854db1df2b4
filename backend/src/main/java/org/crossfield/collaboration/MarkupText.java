package org.crossfield.collaboration;

import com.github.tomtung.latex2unicode.LaTeX2Unicode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a bibliography field as a person reads it: LaTeX accents, special letters and math become Unicode
 * (through LaTeX2Unicode, the converter JabRef uses; docs/adr/0032), and what is left of markup — formatting commands,
 * URL commands, braces, {@code ~}, HTML tags and character references of Web of Science and PubMed exports — is removed.
 * Only the steps around the converter are ours: what it leaves as LaTeX (formatting, links) or reads differently in
 * text mode ({@code _} and {@code ^} outside math).
 */
final class MarkupText {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
    private static final Pattern LINK = Pattern.compile("\\\\href\\s*\\{[^{}]*}\\s*");
    private static final Pattern URL = Pattern.compile("\\\\(?:url|path|doi)\\s*\\{([^{}]*)}");
    /** Commands that only change the look of their argument: the argument stays. */
    private static final Pattern STYLE_COMMAND = Pattern.compile("\\\\(?:text(?:it|bf|rm|sf|tt|up|sl|sc|md|normal)|emph"
            + "|mathrm|mathit|mathbf|mathsf|mathtt|mathnormal|text|mbox|hbox|ensuremath|NoCaseChange|MakeUppercase"
            + "|MakeLowercase|uppercase|lowercase|textsubscript|bibstring|mkbibquote|mkbibemph|mkbibitalic|mkbibbold)"
            + "(?![a-zA-Z])\\s*");
    /** Declarations that change the look of what follows in their group. */
    private static final Pattern STYLE_DECLARATION = Pattern.compile("\\\\(?:em|it|bf|sc|rm|sf|tt|sl|itshape|bfseries"
            + "|scshape|upshape|slshape|normalfont|mdseries|relax|protect|noopsort\\s*\\{[^{}]*})(?![a-zA-Z])\\s*");
    private static final Pattern MATH = Pattern.compile("\\$\\$?([^$]*)\\$\\$?|\\\\\\((.*?)\\\\\\)");
    private static final Pattern LEFT_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)\\*?");
    private static final Pattern SPACE_AROUND_SYMBOL = Pattern.compile("\\s*([^\\p{L}\\p{N}\\s()\\[\\],.;:])\\s*");
    private static final Pattern DOTLESS_WITH_ACCENT = Pattern.compile("([ıȷ])(\\p{M})");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F]+");
    private static final char SUBSCRIPT_MARK = '\uE000';
    private static final char SUPERSCRIPT_MARK = '\uE001';

    private MarkupText() {
    }

    /** A BibTeX field value (outer braces or quotes removed, @string macros expanded) as plain Unicode text. */
    static String fromLatex(String value) {
        if (value == null) {
            return null;
        }
        String text = html(value);
        text = LINK.matcher(text).replaceAll("");
        text = URL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = STYLE_DECLARATION.matcher(text).replaceAll("");
        text = STYLE_COMMAND.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(text);
        int last = 0;
        while (math.find()) {
            out.append(textMode(text.substring(last, math.start())));
            out.append(mathMode(math.group(1) != null ? math.group(1) : math.group(2)));
            last = math.end();
        }
        out.append(textMode(text.substring(last)));
        return clean(out.toString());
    }

    /** A field of a RIS, MEDLINE or Web of Science record: HTML markup removed, LaTeX (some tools write it) converted. */
    static String fromTagged(String value) {
        if (value == null) {
            return null;
        }
        return value.indexOf('\\') >= 0 || value.indexOf('{') >= 0 ? fromLatex(value) : clean(html(value));
    }

    /** HTML tags removed and character references ({@code &#38;}, {@code &amp;}) resolved. */
    static String html(String value) {
        String text = HTML_TAG.matcher(value).replaceAll("");
        if (text.indexOf('&') < 0) {
            return text;
        }
        text = NUMERIC_REFERENCE.matcher(text).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            return Character.isValidCodePoint(code) && code != 0 ? Matcher.quoteReplacement(Character.toString(code)) : "";
        });
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&ndash;", "–").replace("&mdash;", "—").replace("&amp;", "&");
    }

    private static String textMode(String latex) {
        if (latex.isEmpty()) {
            return latex;
        }
        StringBuilder marked = new StringBuilder(latex.length());
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            boolean escaped = i > 0 && latex.charAt(i - 1) == '\\';
            if (c == '_' && !escaped) {
                marked.append(SUBSCRIPT_MARK);
            } else if (c == '^' && !escaped) {
                marked.append(SUPERSCRIPT_MARK);
            } else if (c == '\\' && i + 1 < latex.length() && (latex.charAt(i + 1) == ' ' || latex.charAt(i + 1) == '\n')) {
                // "\ " is an ordinary space after an abbreviation
                marked.append(' ');
                i++;
            } else if (c == '~' && !escaped) {
                marked.append(' ');
            } else {
                marked.append(c);
            }
        }
        String text = convert(marked.toString(), false);
        return text.replace(SUBSCRIPT_MARK, '_').replace(SUPERSCRIPT_MARK, '^').replace("``", "“").replace("''", "”");
    }

    private static String mathMode(String latex) {
        String text = convert(latex, true);
        return SPACE_AROUND_SYMBOL.matcher(text.strip()).replaceAll("$1");
    }

    private static String convert(String latex, boolean math) {
        String text = latex;
        if (latex.indexOf('\\') >= 0 || latex.indexOf('{') >= 0 || latex.indexOf('-') >= 0 || math) {
            try {
                text = LaTeX2Unicode.convert(math ? "$" + latex + "$" : latex);
            } catch (RuntimeException e) {
                text = latex;
            }
        }
        // what the converter does not know: a command with an argument keeps the argument; in math a bare command
        // such as \log is its name, in text a bare command is dropped
        text = LEFT_COMMAND.matcher(text).replaceAll(m -> math ? m.group(1) : "");
        return text.replace("{", "").replace("}", "");
    }

    private static String clean(String text) {
        String t = DOTLESS_WITH_ACCENT.matcher(text).replaceAll(m -> (m.group(1).equals("ı") ? "i" : "j") + m.group(2));
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }
}
