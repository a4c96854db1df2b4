package org.crossfield.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One way to write numbers on every screen, as the screen's language does: "1,234.5" in English, "1.234,5" in German,
 * "1 234,5" in French. Figures keep at most two decimals; a missing figure is a dash.
 */
public final class Numbers {

    /** What a screen shows for a figure that could not be counted. */
    public static final String NONE = "–";

    private Numbers() {
    }

    /** A whole number, grouped as the language groups thousands. */
    public static String whole(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(Translations.supported(locale)).format(value);
    }

    /** A figure with at most two decimals (none when it is whole), or {@link #NONE} when there is none. */
    public static String figure(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Translations.supported(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
