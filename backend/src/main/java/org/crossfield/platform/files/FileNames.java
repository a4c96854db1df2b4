package org.crossfield.platform.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * An uploader chooses a file's name, so the name is untrusted twice: when it is stored and shown, and when a download
 * hands it back to a browser. {@link #sanitise} keeps a readable name without path, control or quoting characters;
 * {@link #withExtension} makes sure the name says what the content is; {@link #contentDisposition} writes the header
 * per RFC 6266 with an ASCII fallback and the exact name in {@code filename*} (RFC 8187), so that a name such as
 * {@code cv.html";x=".pdf} cannot change what a browser saves.
 */
public final class FileNames {

    /** The longest stored name, in characters. */
    public static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * The last path segment of the name, NFC-normalised, without control, format, quoting or reserved characters
     * ({@code " \ / : * ? < > | ;} become {@code _}), runs of spaces collapsed, no leading or trailing dots and spaces,
     * at most {@link #MAX_LENGTH} characters (the extension kept); {@code fallback} when nothing is left.
     */
    public static String sanitise(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                return;
            }
            if ("\"\\/:*?<>|;".indexOf(c) >= 0) {
                out.append('_');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String cleaned = out.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        if (cleaned.isEmpty()) {
            return fallback;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            String stem = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH - extension.length()));
            cleaned = stem + extension;
        }
        return cleaned;
    }

    /** The name ending in {@code .extension} (case-insensitively); the extension appended when it does not. */
    public static String withExtension(String name, String extension) {
        String suffix = "." + extension;
        return name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)) ? name : name + suffix;
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>} for a name that is
     * sanitised here first: the fallback replaces anything outside printable ASCII by {@code _}.
     */
    public static String contentDisposition(String name, String fallback) {
        String safe = sanitise(name, fallback);
        StringBuilder ascii = new StringBuilder(safe.length());
        safe.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '%' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(safe);
    }

    /** RFC 8187 percent-encoding: attr-char stays, every other byte of the UTF-8 form becomes %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
