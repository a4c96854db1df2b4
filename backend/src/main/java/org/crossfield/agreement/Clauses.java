package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbered clauses of a rendered text: a line "7. Thesis" starts clause "7". */
public final class Clauses {

    private static final Pattern HEADING = Pattern.compile("^(\\d{1,3})\\.\\s+\\S.*$", Pattern.MULTILINE);

    private Clauses() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADING.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The clause heading line of clause {@code number}, or null. */
    public static String heading(String text, String number) {
        Matcher m = HEADING.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(1).equals(number)) {
                return m.group();
            }
        }
        return null;
    }
}
