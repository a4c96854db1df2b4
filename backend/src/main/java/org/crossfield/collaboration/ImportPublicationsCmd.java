package org.crossfield.collaboration;

import java.util.List;

/**
 * The publications a party confirmed after reading a bibliography file ({@link OutcomeService#readPublications}).
 *
 * @param jointPublicPrivate whether they were written by academic and industry authors together (applies to all)
 * @param isPublic           whether they may appear on the public showcase (applies to all)
 */
public record ImportPublicationsCmd(long collaborationId, List<ImportedPublication> publications, boolean jointPublicPrivate,
                                    boolean isPublic) {
}
