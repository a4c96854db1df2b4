package org.crossfield.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage the organisations: name, type, country, the e-mail domains that belong to them, active or not. */
@Service
@Transactional(readOnly = true)
public class OrganisationAdminService {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{4,190}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganisationRepository organisations;
    private final IdentityQueries queries;

    OrganisationAdminService(OrganisationRepository organisations, IdentityQueries queries) {
        this.organisations = organisations;
        this.queries = queries;
    }

    /** Organisations whose name or domain contains {@code filter.text()}, by name; paged in the database. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Slice<OrganisationSummary> find(OrganisationFilter filter, Pageable page) {
        return queries.organisations(filter == null ? OrganisationFilter.ALL : filter, page);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public OrganisationSummary get(long id) {
        return organisations.findById(id).map(Organisation::toSummary)
                .orElseThrow(() -> new InvalidAccountException("There is no such organisation."));
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public OrganisationSummary create(OrganisationDetails details) {
        OrganisationDetails checked = check(details, null);
        return organisations.saveAndFlush(new Organisation(checked)).toSummary();
    }

    /** Saves an edit made on {@code version}; someone else's edit in between is refused rather than overwritten. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public OrganisationSummary update(long id, long version, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new InvalidAccountException("There is no such organisation."));
        if (organisation.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        organisation.update(check(details, id));
        return organisations.saveAndFlush(organisation).toSummary();
    }

    /**
     * Active organisations for pickers: all of them for administrators, those taking part in their programmes for
     * coordinators (the organisations they may invite people into).
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).ADMIN, T(org.crossfield.identity.Roles).COORDINATOR)")
    public List<OrganisationBrief> choosable() {
        CrossfieldUser me = CurrentUser.require();
        return me.hasRole(Roles.ADMIN) ? queries.activeOrganisations() : queries.organisationsOfCoordinator(me.getId());
    }

    private OrganisationDetails check(OrganisationDetails d, Long id) {
        if (d == null) {
            throw new InvalidAccountException("Enter the organisation's details.");
        }
        List<String> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            problems.add("Give the organisation a name of at most 200 characters.");
        } else if (queries.organisationNameTaken(name, id)) {
            problems.add("Another organisation is already called \"" + name + "\".");
        }
        if (d.type() == null) {
            problems.add("Choose the organisation's type.");
        }
        String country = d.country() == null ? "" : d.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add("Choose the organisation's country.");
        }
        Set<String> domains = new TreeSet<>();
        for (String raw : d.domains() == null ? Set.<String>of() : d.domains()) {
            String domain = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            if (domain.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(domain).matches()) {
                problems.add("\"" + raw.strip() + "\" is not an e-mail domain such as uni-example.eu.");
            } else {
                queries.domainOwner(domain).filter(owner -> !owner.equals(id)).ifPresent(owner ->
                        problems.add("The domain " + raw.strip() + " already belongs to another organisation."));
                domains.add(domain);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        return new OrganisationDetails(name, d.type(), country, domains, d.active());
    }
}
