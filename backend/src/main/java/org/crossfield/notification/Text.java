package org.crossfield.notification;

/** Fitting rendered text into columns of limited length. */
final class Text {

    private Text() {
    }

    /** {@code text} itself when it fits, otherwise cut to {@code max} characters ending in an ellipsis. */
    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
