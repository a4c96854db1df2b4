package org.crossfield.i18n;

import com.vaadin.flow.component.UI;
import java.util.Arrays;

/**
 * What a screen tells a person when a service refused their request: the refusal's translated text when the exception
 * carries a key ({@link Translatable}), else its English message. Views never show {@code getMessage()} themselves.
 * An argument that is itself {@link Translatable} (a status, a field's name) is said in the same language.
 */
public final class Messages {

    private Messages() {
    }

    /** The refusal's text in the current UI's language. */
    public static String of(RuntimeException refusal) {
        if (refusal instanceof Translatable t) {
            String text = text(t);
            if (text != null) {
                return text;
            }
        }
        return refusal.getMessage();
    }

    /** A translatable text in the current UI's language; {@code null} when it has no key or there is no UI. */
    public static String text(Translatable text) {
        UI ui = UI.getCurrent();
        if (text.messageKey() == null || ui == null) {
            return null;
        }
        Object[] arguments = Arrays.stream(text.messageArguments())
                .map(a -> a instanceof Translatable t && t.messageKey() != null ? ui.getTranslation(t.messageKey(), t.messageArguments()) : a)
                .toArray();
        return ui.getTranslation(text.messageKey(), arguments);
    }
}
