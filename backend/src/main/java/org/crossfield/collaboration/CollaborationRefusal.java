package org.crossfield.collaboration;

import org.crossfield.i18n.Translatable;

/**
 * What the collaboration feature's refusals have in common: the English text (for logs and the API) and, for the
 * screens, the key of the text in the {@code collaboration} bundle with its arguments ({@code null} key: the English
 * text is all there is).
 */
abstract class CollaborationRefusal extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    CollaborationRefusal(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
