package org.crossfield.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Crossfield ships (screens, e-mails, exports): one list for the person's setting, the screens'
 * translations and the mail templates. Adding a language starts here (docs/user-guide.md, "Your language").
 */
public final class SupportedLanguages {

    /** ISO 639-1 codes, in the order language choices list them; the first is the fallback. */
    public static final List<String> CODES = List.of("en", "de", "fr", "nl");

    private SupportedLanguages() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The languages as locales, in {@link #CODES} order. */
    public static List<Locale> locales() {
        return CODES.stream().map(Locale::forLanguageTag).toList();
    }
}
