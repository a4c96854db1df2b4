package org.crossfield.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The governance columns shared by challenges and PhD projects. */
@Embeddable
class Governance {

    @Enumerated(EnumType.STRING)
    @Column(name = "data_tier", nullable = false, length = 32)
    private DataTier dataTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_model", nullable = false, length = 40)
    private AccessModel accessModel;

    @Column(name = "ethics_approval_needed", nullable = false)
    private boolean ethicsApprovalNeeded;

    @Column(name = "dpia_needed", nullable = false)
    private boolean dpiaNeeded;

    @Column(name = "data_sharing_agreement_needed", nullable = false)
    private boolean dataSharingAgreementNeeded;

    @Column(name = "gdpr_legal_basis", length = 500)
    private String gdprLegalBasis;

    @Column(name = "fair_identifier", length = 200)
    private String fairIdentifier;

    @Column(name = "fair_licence", length = 100)
    private String fairLicence;

    @Column(name = "fair_metadata_standard", length = 100)
    private String fairMetadataStandard;

    protected Governance() {
    }

    Governance(GovernanceTerms t) {
        dataTier = t.dataTier();
        accessModel = t.accessModel();
        ethicsApprovalNeeded = t.ethicsApprovalNeeded();
        dpiaNeeded = t.dpiaNeeded();
        dataSharingAgreementNeeded = t.dataSharingAgreementNeeded();
        gdprLegalBasis = Text.trimmed(t.gdprLegalBasis());
        fairIdentifier = Text.trimmed(t.fairIdentifier());
        fairLicence = Text.trimmed(t.fairLicence());
        fairMetadataStandard = Text.trimmed(t.fairMetadataStandard());
    }

    GovernanceTerms toTerms() {
        return new GovernanceTerms(dataTier, accessModel, ethicsApprovalNeeded, dpiaNeeded, dataSharingAgreementNeeded,
                gdprLegalBasis, fairIdentifier, fairLicence, fairMetadataStandard);
    }
}
