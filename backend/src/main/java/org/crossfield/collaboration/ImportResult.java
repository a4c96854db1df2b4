package org.crossfield.collaboration;

/**
 * What an import did.
 *
 * @param imported           publications recorded
 * @param skippedDuplicates  publications left out because the collaboration already has an outcome with their DOI
 */
public record ImportResult(int imported, int skippedDuplicates) {
}
