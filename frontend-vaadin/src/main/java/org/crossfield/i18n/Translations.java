package org.crossfield.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The screens' texts, one bundle per owner in {@code vaadin-i18n/}: {@code translations.properties} holds what the
 * layout, the menu, the login page and shared helpers show; each feature keeps its screens' texts in its own bundle
 * named after it ({@code marketplace.properties}, every key starting with {@code marketplace.}), so that features
 * translate their screens without touching each other's files. English (the file without a suffix) is the reference
 * with every key; one {@code <bundle>_xx.properties} per further language. A key missing in a language falls back to
 * English, never to the machine's default locale; a key missing everywhere shows as {@code !key!} and is logged (the
 * translation tests fail on both). Adding a language is one file per bundle plus its mail templates
 * (docs/user-guide.md, "Languages").
 */
@Component
public class Translations implements I18NProvider {

    /** The languages Crossfield ships, in the order language choices list them. */
    public static final List<Locale> LANGUAGES = SupportedLanguages.locales();
    static final String FOLDER = "vaadin-i18n";
    /** The shared bundle: layout, menu, login, dates. */
    static final String SHARED = "translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<String> BUNDLES = bundles();

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String text = lookUp(key, language);
        if (text == null) {
            log.warn("No text for the key {} ({})", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    }

    /** Whether the key has a text (English holds every key): for names of codes that may have none, e.g. an older entry's. */
    public static boolean has(String key) {
        return lookUp(key, Locale.ENGLISH) != null;
    }

    /**
     * The text of {@code key} in the shipped language closest to {@code locale} (English where that language lacks
     * it), or empty when no bundle holds the key: for callers that have a text of their own to show instead (reference
     * data an administrator imported, {@link ReferenceNames}), without a {@code !key!} marker or a warning.
     */
    public static Optional<String> find(String key, Locale locale) {
        return Optional.ofNullable(lookUp(key, supported(locale)));
    }

    private static String lookUp(String key, Locale language) {
        String owner = owner(key);
        for (String bundle : BUNDLES) {
            if (!bundle.equals(owner) && !bundle.equals(SHARED)) {
                continue;
            }
            try {
                ResourceBundle texts = ResourceBundle.getBundle(FOLDER + "." + bundle, language, NO_DEFAULT_LOCALE);
                if (texts.containsKey(key)) {
                    return texts.getString(key);
                }
            } catch (MissingResourceException e) {
                // no such bundle: try the next
            }
        }
        return null;
    }

    /** The bundle that owns a key: the feature named by its first segment if it has a bundle, else the shared one. */
    static String owner(String key) {
        int dot = key.indexOf('.');
        String feature = dot < 0 ? key : key.substring(0, dot);
        return BUNDLES.contains(feature) ? feature : SHARED;
    }

    /** The names of the English bundles on the class path ({@code translations}, {@code marketplace}, …). */
    public static List<String> bundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/*.properties");
            return Stream.of(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?"))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The translation files cannot be listed", e);
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
