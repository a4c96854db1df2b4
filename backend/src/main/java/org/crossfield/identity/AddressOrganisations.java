package org.crossfield.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organisation an e-mail address belongs to, by the domains administrators entered for it: the address's own
 * domain first, then each parent domain ({@code med.uni-a.example} → {@code uni-a.example}), so that a faculty's
 * subdomain finds its university. Only active organisations count.
 */
@Component
class AddressOrganisations {

    private final IdentityQueries queries;
    private final OrganisationRepository organisations;

    AddressOrganisations(IdentityQueries queries, OrganisationRepository organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    /** @param normalisedEmail an address as {@link Accounts#normaliseEmail} returns it */
    Optional<Organisation> of(String normalisedEmail) {
        String domain = Accounts.domainOf(normalisedEmail);
        while (domain.contains(".")) {
            Optional<Organisation> owner = queries.domainOwner(domain).flatMap(organisations::findById)
                    .filter(Organisation::isActive);
            if (owner.isPresent()) {
                return owner;
            }
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return Optional.empty();
    }
}
