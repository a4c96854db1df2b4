package org.crossfield.privacy;

import org.crossfield.i18n.Text;

/**
 * One thing carrying out an erasure did, for one kind of data (e.g. "applications"): a {@link Text} the administrator's
 * screen says in their language. For requests carried out before steps were stored with their keys, the text has no
 * key and is the stored English sentence.
 */
public record ErasureStep(String kind, Text text) {

    /** The step in English, as the request's note keeps it ("applications: 2 draft applications deleted"). */
    public String english() {
        return kind + ": " + text.english();
    }
}
