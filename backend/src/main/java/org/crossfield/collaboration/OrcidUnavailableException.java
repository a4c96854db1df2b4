package org.crossfield.collaboration;

import org.crossfield.i18n.TranslatableException;

/**
 * The works of an ORCID iD could not be read: no iD linked, an iD ORCID does not know, ORCID not reachable or answering
 * something unexpected. The message says what to do (the key names it in the {@code collaboration} bundle); nothing
 * is imported.
 */
public class OrcidUnavailableException extends TranslatableException {

    public OrcidUnavailableException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }
}
