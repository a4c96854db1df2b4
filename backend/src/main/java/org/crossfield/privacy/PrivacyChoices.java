package org.crossfield.privacy;

import java.time.Instant;

/**
 * A person's current choices: which notice version they accepted (null: none yet) and their opt-ins.
 */
public record PrivacyChoices(Integer acceptedVersion, Instant acceptedAt, boolean showcase, boolean optionalMail) {

    static final PrivacyChoices NONE = new PrivacyChoices(null, null, false, false);
}
