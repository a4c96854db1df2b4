package org.crossfield.collaboration;

/**
 * What an import did.
 *
 * @param imported           publications recorded
 * @param skippedDuplicates  publications left out because the collaboration already has them (same DOI, or same title
 *                           and year when one of the two has no DOI)
 */
public record ImportResult(int imported, int skippedDuplicates) {
}
