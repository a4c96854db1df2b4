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

    /**
     * Creates every organisation of a CSV file (columns {@code name, type, country, domains}, optionally {@code active};
     * domains separated by spaces or semicolons), or none: any bad line refuses the whole file, with every problem as
     * "Line N: …". Used by the batch command {@code import organisations}; the same checks as {@link #create}.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public List<OrganisationSummary> importAll(byte[] csv) {
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        List<OrganisationDetails> checked = new ArrayList<>();
        String text = InvitationService.utf8(csv, problems);
        if (text == null) {
            throw InvalidAccountException.of(problems);
        }
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        Set<String> names = new java.util.HashSet<>();
        Set<String> domainsSeen = new java.util.HashSet<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(new java.io.StringReader(text), format)) {
            Set<String> header = new java.util.HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            for (String required : List.of("name", "type", "country")) {
                if (!header.contains(required)) {
                    problems.add(new InvalidAccountException.Problem("identity.csv.organisation-column-missing", "Line 1: the first"
                            + " line must name the columns name, type, country and domains (optionally active); \"" + required
                            + "\" is missing.", required));
                }
            }
            if (!problems.isEmpty()) {
                throw InvalidAccountException.of(problems);
            }
            try {
                for (org.apache.commons.csv.CSVRecord record : parser) {
                    int line = (int) record.getParser().getCurrentLineNumber();
                    if (checked.size() >= InvitationService.MAX_CSV_ROWS) {
                        problems.add(new InvalidAccountException.Problem("identity.csv.too-many-organisations", "Line " + line
                                + ": too many lines: at most " + InvitationService.MAX_CSV_ROWS + " per file.", line,
                                InvitationService.MAX_CSV_ROWS));
                        break;
                    }
                    importRow(record, line, names, domainsSeen, checked, problems);
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                long line = parser.getCurrentLineNumber();
                problems.add(new InvalidAccountException.Problem("identity.csv.organisation-unreadable-line", "Line " + line
                        + ": this line cannot be read: check for a quotation mark that is opened and never closed.", line));
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            problems.add(new InvalidAccountException.Problem("identity.csv.organisation-header", "Line 1: the first line cannot"
                    + " be read as column names: it must be name,type,country,domains (each name once)."));
        }
        if (problems.isEmpty() && checked.isEmpty()) {
            problems.add(new InvalidAccountException.Problem("identity.csv.no-organisations", "The file has no organisations."));
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        return checked.stream().map(d -> organisations.saveAndFlush(new Organisation(d)).toSummary()).toList();
    }

    private void importRow(org.apache.commons.csv.CSVRecord record, int line, Set<String> names, Set<String> domainsSeen,
                           List<OrganisationDetails> checked, List<InvalidAccountException.Problem> problems) {
        String typeText = cell(record, "type");
        OrganisationType type = null;
        for (OrganisationType t : OrganisationType.values()) {
            if (t.name().equalsIgnoreCase(typeText.replace(' ', '_')) || t.label().equalsIgnoreCase(typeText)) {
                type = t;
            }
        }
        List<InvalidAccountException.Problem> rowProblems = new ArrayList<>();
        if (type == null) {
            rowProblems.add(new InvalidAccountException.Problem("identity.csv.organisation-type", "\"" + typeText + "\" is not a"
                    + " type of organisation (use university, hospital, research_institute, company or public_body).", typeText));
        }
        String activeText = cell(record, "active").toLowerCase(Locale.ROOT);
        if (!Set.of("", "yes", "no", "true", "false").contains(activeText)) {
            rowProblems.add(new InvalidAccountException.Problem("identity.csv.active-yes-no", "active is yes or no, not \""
                    + activeText + "\".", activeText));
        }
        Set<String> domains = new TreeSet<>(List.of(cell(record, "domains").split("[;,\\s]+")));
        domains.remove("");
        OrganisationDetails details = new OrganisationDetails(cell(record, "name"), type == null ? OrganisationType.UNIVERSITY : type,
                cell(record, "country"), domains, !Set.of("no", "false").contains(activeText));
        try {
            OrganisationDetails ok = check(details, null);
            if (!names.add(ok.name().toLowerCase(Locale.ROOT))) {
                rowProblems.add(new InvalidAccountException.Problem("identity.csv.organisation-twice", "\"" + ok.name()
                        + "\" appears twice in the file.", ok.name()));
            }
            for (String domain : ok.domains()) {
                if (!domainsSeen.add(domain)) {
                    rowProblems.add(new InvalidAccountException.Problem("identity.csv.domain-twice", "The domain " + domain
                            + " appears twice in the file.", domain));
                }
            }
            if (rowProblems.isEmpty()) {
                checked.add(ok);
            }
        } catch (InvalidAccountException e) {
            rowProblems.addAll(e.keyedProblems());
        }
        rowProblems.forEach(p -> problems.add(InvitationService.line(line, p)));
    }

    private static String cell(org.apache.commons.csv.CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.strip().equalsIgnoreCase(column)) {
                return record.isSet(name) && record.get(name) != null ? record.get(name).strip() : "";
            }
        }
        return "";
    }

    private OrganisationDetails check(OrganisationDetails d, Long id) {
        if (d == null) {
            throw new InvalidAccountException("identity.error.organisation-empty", "Enter the organisation's details.");
        }
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new InvalidAccountException.Problem("identity.error.organisation-name", "Give the organisation a name of at most 200 characters.", 200));
        } else if (queries.organisationNameTaken(name, id)) {
            problems.add(new InvalidAccountException.Problem("identity.error.organisation-name-taken", "Another organisation is already called \"" + name + "\".", name));
        }
        if (d.type() == null) {
            problems.add(new InvalidAccountException.Problem("identity.error.organisation-type", "Choose the organisation's type."));
        }
        String country = d.country() == null ? "" : d.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(new InvalidAccountException.Problem("identity.error.organisation-country", "Choose the organisation's country."));
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
                problems.add(new InvalidAccountException.Problem("identity.error.domain-invalid", "\"" + raw.strip() + "\" is not an e-mail domain such as uni-example.eu.", raw.strip()));
            } else {
                queries.domainOwner(domain).filter(owner -> !owner.equals(id)).ifPresent(owner ->
                        problems.add(new InvalidAccountException.Problem("identity.error.domain-taken", "The domain " + raw.strip() + " already belongs to another organisation.", raw.strip())));
                domains.add(domain);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        return new OrganisationDetails(name, d.type(), country, domains, d.active());
    }
}
