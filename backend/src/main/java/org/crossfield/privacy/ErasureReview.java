package org.crossfield.privacy;

import java.util.List;
import org.crossfield.i18n.Text;

/** What carrying out a request will do, per kind of data: what is erased and what is kept and why. */
public record ErasureReview(ErasureRequestSummary request, List<Section> sections) {

    /** One kind of data (e.g. "applications") and its sentences, each with its key for the screen's language. */
    public record Section(String kind, List<Text> erased, List<Text> kept) {
    }
}
