package org.crossfield.privacy;

import java.util.List;

/** What carrying out a request will do, per kind of data: what is erased and what is kept and why. */
public record ErasureReview(ErasureRequestSummary request, List<Section> sections) {

    /** One kind of data (e.g. "applications") and its sentences. */
    public record Section(String kind, List<String> erased, List<String> kept) {
    }
}
