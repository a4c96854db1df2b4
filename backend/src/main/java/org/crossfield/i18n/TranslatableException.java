package org.crossfield.i18n;

/**
 * A refusal meant for a person, with the key of its text in the feature's screen bundle, the key's arguments and the
 * English text as the exception's message (logs, the API). Features extend it with their own exception (a name that
 * says what was refused) instead of carrying key and arguments by hand; a refusal without a key yet ({@code null}) is
 * shown by its English message.
 */
public abstract class TranslatableException extends RuntimeException implements Translatable {

    private final String key;
    private final transient Object[] arguments;

    /** A refusal with the key of its text (or {@code null}), its English text and the key's arguments. */
    protected TranslatableException(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        // transient: after deserialisation only the English message is left
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
