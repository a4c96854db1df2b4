package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based difference (longest common subsequence). Agreement texts are a few hundred lines at most, so the
 * quadratic table is small; above {@link #MAX_LINES} lines per side the texts are shown as all removed / all added.
 */
public final class TextDiff {

    static final int MAX_LINES = 4000;

    public enum Kind { SAME, REMOVED, ADDED }

    /** One line of the difference: unchanged, only in the older text, or only in the newer. */
    public record Line(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        List<Line> out = new ArrayList<>();
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            for (String s : a) {
                out.add(new Line(Kind.REMOVED, s));
            }
            for (String s : b) {
                out.add(new Line(Kind.ADDED, s));
            }
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                out.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Kind.ADDED, b[j++]));
        }
        return out;
    }

    private static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.split("\n", -1);
    }
}
