package org.crossfield.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The screens' texts: {@code vaadin-i18n/translations.properties} (English, the reference: every key is there) and one
 * {@code translations_xx.properties} per further language. A key missing in a language falls back to English, never
 * to the machine's default locale; a key missing everywhere shows as {@code !key!} and is logged (the translation
 * tests fail on both). Adding a language is one file here plus its mail templates (docs/user-guide.md, "Languages").
 */
@Component
public class Translations implements I18NProvider {

    /** The languages Crossfield ships, in the order language choices list them. */
    public static final List<Locale> LANGUAGES = SupportedLanguages.locales();
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        try {
            String text = ResourceBundle.getBundle(BUNDLE, language, NO_DEFAULT_LOCALE).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, language).format(params);
        } catch (MissingResourceException e) {
            log.warn("No text for the key {} ({})", key, language);
            return "!" + key + "!";
        }
    }

    /** The shipped language closest to {@code locale} (its language only), else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    /** The shipped language for a stored language code ("de"), else English. */
    public static Locale forCode(String code) {
        return code == null ? Locale.ENGLISH : supported(Locale.forLanguageTag(code));
    }
}
