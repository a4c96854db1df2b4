package org.crossfield.application;

import java.util.Map;

/**
 * What the apply form holds. {@code answers} maps question ids to answers; {@code cv} is null to keep the CV already
 * attached (if any).
 */
public record SaveApplicationCmd(PostingType postingType, long postingId, String motivation, Map<Long, String> answers,
                                 CvUpload cv) {
}
