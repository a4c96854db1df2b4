package org.crossfield.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage programmes: code, name, funder, period, the organisations taking part and the coordinators. */
@Service
@Transactional(readOnly = true)
public class ProgrammeAdminService {

    private final ProgrammeRepository programmes;
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final IdentityQueries queries;
    private final Accounts accounts;

    ProgrammeAdminService(ProgrammeRepository programmes, UserAccountRepository users, OrganisationRepository organisations,
                          IdentityQueries queries, Accounts accounts) {
        this.programmes = programmes;
        this.users = users;
        this.organisations = organisations;
        this.queries = queries;
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Slice<ProgrammeSummary> find(String text, Pageable page) {
        return queries.programmes(text, page);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public ProgrammeSummary get(long id) {
        return queries.programme(id).orElseThrow(() -> new InvalidAccountException("There is no such programme."));
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public ProgrammeSummary create(ProgrammeDetails details) {
        Programme programme = programmes.saveAndFlush(new Programme(check(details, null)));
        grantCoordinatorRole(details.coordinatorIds());
        return queries.programme(programme.getId()).orElseThrow();
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public ProgrammeSummary update(long id, long version, ProgrammeDetails details) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new InvalidAccountException("There is no such programme."));
        if (programme.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        programme.update(check(details, id));
        programmes.saveAndFlush(programme);
        grantCoordinatorRole(details.coordinatorIds());
        return queries.programme(id).orElseThrow();
    }

    /** A person named coordinator of a programme holds the coordinator role (recorded as a role change). */
    private void grantCoordinatorRole(Set<Long> coordinatorIds) {
        for (Long id : coordinatorIds) {
            users.findById(id).filter(u -> !u.getRoles().contains(Roles.COORDINATOR)).ifPresent(u -> {
                Set<String> before = new java.util.TreeSet<>(u.getRoles());
                Set<String> roles = new java.util.TreeSet<>(before);
                roles.add(Roles.COORDINATOR);
                u.setRoles(roles);
                accounts.record(u.getId(), AccountAction.ROLES_CHANGED, AccountDetail.NAMED_COORDINATOR, java.util.List.of(),
                        java.util.List.of(String.join(",", before), String.join(",", roles), AccountChangedEvent.PROGRAMME));
            });
        }
    }

    private ProgrammeDetails check(ProgrammeDetails d, Long id) {
        if (d == null) {
            throw new InvalidAccountException("identity.error.programme-empty", "Enter the programme's details.");
        }
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String code = d.code() == null ? "" : d.code().strip();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-code", "Give the programme a short code of letters, digits, '.', '_' or '-' (at most 40), e.g. HDS-2027."));
        } else if (queries.programmeCodeTaken(code, id)) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-code-taken", "Another programme already has the code " + code + ".", code));
        }
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-name", "Give the programme a name of at most 200 characters.", 200));
        }
        String funder = d.funder() == null || d.funder().isBlank() ? null : d.funder().strip();
        if (funder != null && funder.length() > 200) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-funder", "The funder's name is too long: at most 200 characters.", 200));
        }
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        if (description != null && description.length() > 2000) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-description", "The description is too long: at most 2,000 characters.", 2000));
        }
        LocalDate start = d.startsOn();
        LocalDate end = d.endsOn();
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new InvalidAccountException.Problem("identity.error.programme-dates", "The programme cannot end before it starts."));
        }
        Set<Long> orgIds = d.organisationIds() == null ? Set.of() : Set.copyOf(d.organisationIds());
        if (organisations.findAllById(orgIds).size() != orgIds.size()) {
            problems.add(new InvalidAccountException.Problem("identity.error.organisation-gone", "One of the organisations does not exist any more: reload the page."));
        }
        Set<Long> coordinatorIds = d.coordinatorIds() == null ? Set.of() : Set.copyOf(d.coordinatorIds());
        List<UserAccount> coordinators = users.findAllById(coordinatorIds);
        if (coordinators.size() != coordinatorIds.size()) {
            problems.add(new InvalidAccountException.Problem("identity.error.coordinator-gone", "One of the coordinators does not exist any more: reload the page."));
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        return new ProgrammeDetails(code, name, description, funder, start, end, orgIds, coordinatorIds);
    }
}
