package org.crossfield.marketplace.ui;

import java.util.Locale;

/** Readable labels for enum values: PSEUDONYMISED_SENSITIVE → "Pseudonymised sensitive". */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
