package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Locale;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Translatable;
import org.crossfield.i18n.Translations;

/**
 * The marketplace screens' words in the person's language: enum values by human name (one key per constant in the
 * {@code marketplace} bundle, e.g. {@code marketplace.data-tier.PSEUDONYMISED_SENSITIVE}), IP regimes by name, and the
 * texts of helpers that are not components. Outside a UI (a plain unit test) the English text is used.
 */
final class Labels {

    private static final Translations ENGLISH = new Translations();

    private Labels() {
    }

    /** A constant's human name, e.g. {@code DataTier.PSEUDONYMISED_SENSITIVE} → "Pseudonymised sensitive". */
    static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return text("marketplace." + kebab(value.getDeclaringClass().getSimpleName()) + "." + value.name());
    }

    /** An IP regime's name ("Lambert 1: university owns; …"); a regime without a translation keeps its stored title. */
    static String ipRegime(String code, String storedTitle) {
        UI ui = UI.getCurrent();
        return ReferenceNames.ipRegime(code, storedTitle, ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    /** The text of a key of the marketplace bundle in the current UI's language (English without a UI). */
    static String text(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? ENGLISH.getTranslation(key, Locale.ENGLISH, arguments) : ui.getTranslation(key, arguments);
    }

    /** A refusal's text in the person's language: its key when it has one, else its English text. */
    static String message(Translatable refusal, String english) {
        if (refusal.messageKey() == null) {
            return english;
        }
        // an argument that is itself translatable (a field's name, a status) is said in the same language
        Object[] arguments = Arrays.stream(refusal.messageArguments())
                .map(a -> a instanceof Translatable t ? message(t, String.valueOf(t)) : a).toArray();
        return text(refusal.messageKey(), arguments);
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
