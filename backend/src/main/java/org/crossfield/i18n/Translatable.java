package org.crossfield.i18n;

/**
 * A refusal or validation message meant for a person, carried by a feature's exception as a key of that feature's
 * screen-text bundle ({@code vaadin-i18n/<feature>.properties}) with its arguments. The exception's own message stays
 * the English text, for logs and the API; the screens translate the key into the person's language at the edge
 * ({@code org.crossfield.i18n.Messages} on the web side). An exception without a key is shown by its English message.
 */
public interface Translatable {

    /** The key of the text, e.g. {@code application.error.cv-required}; {@code null} when the message has none yet. */
    String messageKey();

    /** The text's arguments, in order ({@code {0}}, {@code {1}}, …). */
    Object[] messageArguments();
}
