package org.crossfield.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.crossfield.marketplace.AccessModel;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.GovernanceTerms;

/**
 * The health-data governance of a posting as the API takes it ({@link GovernanceTerms}): the three questions of the
 * checklist are {@code Boolean}, not {@code boolean}, so that one left out is named among the invalid fields (422)
 * rather than failing the whole body, or becoming a silent "no".
 */
@Schema(name = "GovernanceRequest", description = "Data tier, access model, ethical and legal checklist, FAIR metadata")
public record GovernanceRequest(
        @NotNull(message = "Choose the data tier.") DataTier dataTier,
        @NotNull(message = "Choose the access model.") AccessModel accessModel,
        @NotNull(message = "Say whether an ethics approval is needed: true or false.") Boolean ethicsApprovalNeeded,
        @NotNull(message = "Say whether a data protection impact assessment is needed: true or false.") Boolean dpiaNeeded,
        @NotNull(message = "Say whether a data sharing agreement is needed: true or false.") Boolean dataSharingAgreementNeeded,
        String gdprLegalBasis,
        String fairIdentifier,
        String fairLicence,
        String fairMetadataStandard) {

    GovernanceTerms toTerms() {
        return new GovernanceTerms(dataTier, accessModel, ethicsApprovalNeeded, dpiaNeeded, dataSharingAgreementNeeded,
                gdprLegalBasis, fairIdentifier, fairLicence, fairMetadataStandard);
    }
}
