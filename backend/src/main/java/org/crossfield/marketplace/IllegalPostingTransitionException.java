package org.crossfield.marketplace;

import org.crossfield.i18n.TranslatableException;

/**
 * A workflow step that the posting's current status does not allow, e.g. approving a draft. The message is English
 * (logs, API); the key (in the {@code marketplace} bundle) and the status let the screens say it in the person's language.
 */
public class IllegalPostingTransitionException extends TranslatableException {

    public IllegalPostingTransitionException(String message) {
        this(null, message);
    }

    /** A refusal with the key of its text, its English text and the arguments. */
    public IllegalPostingTransitionException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
