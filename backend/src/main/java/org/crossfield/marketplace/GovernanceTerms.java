package org.crossfield.marketplace;

/**
 * Health-data governance of a posting: the data tier and access model, the ethical and legal checklist, and FAIR
 * metadata (persistent identifier, licence, metadata standard).
 */
public record GovernanceTerms(DataTier dataTier, AccessModel accessModel, boolean ethicsApprovalNeeded, boolean dpiaNeeded,
                              boolean dataSharingAgreementNeeded, String gdprLegalBasis, String fairIdentifier,
                              String fairLicence, String fairMetadataStandard) {

    /** Synthetic sandbox data, federated, nothing to approve: the safest start for a new draft. */
    public static GovernanceTerms sandbox() {
        return new GovernanceTerms(DataTier.SYNTHETIC, AccessModel.FEDERATED, false, false, false, null, null, null, null);
    }
}
