package org.crossfield.marketplace;

/** Small helpers for free text from forms. */
final class Text {

    private Text() {
    }

    /** Stripped, or null when blank. */
    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
