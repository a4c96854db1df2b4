package org.crossfield.platform.csv;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet will not run as formulas (OWASP "CSV Injection"): a text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text and do not evaluate. Plain numbers ({@code -3}, {@code +1.5}) stay numbers. Quoting of separators and quotes is
 * left to the CSV printer (Commons CSV). {@link #restore(String)} undoes it when a file we wrote is imported again.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** The text as a safe cell (null stays null). */
    public static String safe(String text) {
        if (text == null || text.isEmpty() || !dangerous(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** A value as a safe cell: numbers as they are, anything else by its text. */
    public static Object safe(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return safe(value.toString());
    }

    /** The text of a cell {@link #safe(String)} wrote (the apostrophe it added removed); other texts unchanged. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && dangerous(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
