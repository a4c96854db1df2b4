package org.crossfield.collaboration;

import java.util.HashSet;
import org.crossfield.identity.AccountService;
import org.crossfield.identity.MyAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A party imports their own works from ORCID into a collaboration's outcomes: read the works of the ORCID iD linked
 * on "My account" (ORCID's public API, {@link OrcidWorks}), show them with those this collaboration already has (same
 * DOI, else same title and year) set apart, and import the ones chosen through {@link OutcomeService#importPublications},
 * with the same rules as a BibTeX or RIS file (docs/adr/0062-orcid-import.md). Nothing is written before the import.
 */
@Service
public class OrcidImportService {

    /** The format named in the preview. */
    public static final String FORMAT = "ORCID";

    private final AccountService accounts;
    private final OutcomeService outcomes;
    private final OrcidWorks orcid;

    OrcidImportService(AccountService accounts, OutcomeService outcomes, OrcidWorks orcid) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.orcid = orcid;
    }

    /** The ORCID iD linked to my account, or null. */
    @PreAuthorize("isAuthenticated()")
    public String myOrcid() {
        return accounts.me().orcid();
    }

    /**
     * My ORCID works for this collaboration: to import, already present (marked, never imported twice), and refused
     * with the reason.
     *
     * @throws OrcidUnavailableException no iD linked, an iD ORCID does not know (404), ORCID down or answering nonsense
     */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId)")
    public PublicationPreview readMyWorks(long collaborationId) {
        MyAccount me = accounts.me();
        if (me.orcid() == null || me.orcid().isBlank()) {
            throw new OrcidUnavailableException("collaboration.orcid.no-id",
                    "Link your ORCID iD under My account first.");
        }
        OrcidWorks.Works works = orcid.read(me.orcid(), new OrcidWorks.PublicationTypes(new HashSet<>(
                outcomes.outcomeTypes().stream().filter(t -> OutcomeTypeSummary.PUBLICATION.equals(t.code())).findFirst()
                        .map(OutcomeTypeSummary::orcidWorkTypes).orElse(java.util.List.of()))),
                outcomes.latestPublicationYear());
        return outcomes.preview(collaborationId, FORMAT, works.publications(), works.refused());
    }

    /** Imports the chosen works as publications, as a bibliography file's ({@link OutcomeService#importPublications}). */
    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    public ImportResult importWorks(ImportPublicationsCmd cmd) {
        return outcomes.importPublications(cmd);
    }
}
