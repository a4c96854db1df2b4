package org.crossfield.i18n;

import com.vaadin.flow.component.UI;

/**
 * What a screen tells a person when a service refused their request: the refusal's translated text when the exception
 * carries a key ({@link Translatable}), else its English message. Views never show {@code getMessage()} themselves.
 */
public final class Messages {

    private Messages() {
    }

    /** The refusal's text in the current UI's language. */
    public static String of(RuntimeException refusal) {
        UI ui = UI.getCurrent();
        if (refusal instanceof Translatable t && t.messageKey() != null && ui != null) {
            return ui.getTranslation(t.messageKey(), t.messageArguments());
        }
        return refusal.getMessage();
    }
}
