package org.crossfield.identity;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: administrators invite anyone; coordinators invite students, supervisors, mentors and partners into the
 * organisations taking part in their programmes. The invited person gets an e-mail in their language with a single-use
 * link that expires ({@code crossfield.accounts.invitation-validity}, 7 days by default), chooses a password and is in.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    /** The roles a coordinator may give. */
    public static final Set<String> COORDINATOR_MAY_INVITE = Set.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);
    /** The largest CSV file of invitations, in bytes, and its most rows. */
    public static final int MAX_CSV_BYTES = 1_000_000;
    public static final int MAX_CSV_ROWS = 2_000;

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final ProgrammeRepository programmes;
    private final IdentityQueries queries;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Duration validity;

    InvitationService(UserAccountRepository users, OrganisationRepository organisations, ProgrammeRepository programmes,
                      IdentityQueries queries, Accounts accounts, PasswordEncoder passwords,
                      @Value("${crossfield.accounts.invitation-validity:7d}") Duration validity) {
        this.users = users;
        this.organisations = organisations;
        this.programmes = programmes;
        this.queries = queries;
        this.accounts = accounts;
        this.passwords = passwords;
        this.validity = validity;
    }

    /** Invites one person; returns them as administrators see them. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).ADMIN, T(org.crossfield.identity.Roles).COORDINATOR)")
    @Transactional
    public PersonSummary invite(InviteCmd cmd) {
        Checked checked = check(cmd);
        return queries.person(create(checked)).orElseThrow();
    }

    /** Checks a CSV file of invitations (columns email, name, organisation, roles, language) without creating anything. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).ADMIN, T(org.crossfield.identity.Roles).COORDINATOR)")
    public CsvInvitations preview(byte[] csv) {
        return parse(csv).preview();
    }

    /** Invites everyone in the file, or nobody: any bad line refuses the whole file with every problem listed. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).ADMIN, T(org.crossfield.identity.Roles).COORDINATOR)")
    @Transactional
    public List<PersonSummary> inviteAll(byte[] csv) {
        Parsed parsed = parse(csv);
        CsvInvitations preview = parsed.preview();
        if (!preview.valid()) {
            List<InvalidAccountException.Problem> problems = preview.problems().stream().map(InvitationService::atLine).toList();
            throw InvalidAccountException.of(problems.isEmpty()
                    ? List.of(new InvalidAccountException.Problem("identity.invite.csv.empty", "The file has no invitations."))
                    : problems);
        }
        List<Long> ids = new ArrayList<>();
        for (Checked c : parsed.checked()) {
            ids.add(create(c));
        }
        return ids.stream().map(id -> queries.person(id).orElseThrow()).toList();
    }

    /** A problem of the file as one reason of a refusal: "Line N: …" (the file's own problems without a line). */
    private static InvalidAccountException.Problem atLine(CsvInvitations.Problem p) {
        InvalidAccountException.Problem reason = new InvalidAccountException.Problem(p.reasonKey(), p.reason(),
                p.messageArguments());
        return p.line() == 0 ? reason : line(p.line(), reason);
    }

    /** "Line N: …", with the reason said in the same language as the line. */
    static InvalidAccountException.Problem line(int line, InvalidAccountException.Problem reason) {
        return new InvalidAccountException.Problem(reason.key() == null ? null : "identity.csv.line",
                "Line " + line + ": " + reason.english(), line, reason);
    }

    /** The invitation behind a link, for the page where the person chooses a password. */
    @PreAuthorize("permitAll()")
    public InvitationInfo invitation(String token) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.INVITATION);
        UserAccount user = users.findById(link.getUserId()).orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
        return new InvitationInfo(user.getEmail(), user.getDisplayName(),
                user.getOrganisation() == null ? null : user.getOrganisation().getName(),
                List.copyOf(link.getRoles()), link.getExpiresAt());
    }

    /**
     * Accepts an invitation with the password the person chose: the link is used up, the invited roles are granted and
     * the account is active. Returns the person's e-mail address, to log them in.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public String accept(String token, String password) {
        AccountLink link = accounts.usableLink(token, AccountLink.Purpose.INVITATION);
        UserAccount user = users.findById(link.getUserId()).orElseThrow(() -> new InvalidAccountLinkException(LinkProblem.UNKNOWN));
        PasswordPolicy.check(password, user.getEmail(), user.getDisplayName());
        link.use(accounts.now());
        user.activate(link.getRoles(), passwords.encode(password));
        accounts.record(user.getId(), AccountAction.INVITATION_ACCEPTED, null);
        return user.getEmail();
    }

    private long create(Checked c) {
        UserAccount user = users.save(new UserAccount(c.email(), c.displayName(), c.organisation(), c.language(),
                AccountStatus.INVITED, accounts.now()));
        for (Programme p : c.programmes()) {
            Set<Long> coordinators = new HashSet<>(p.getCoordinatorIds());
            coordinators.add(user.getId());
            p.update(new ProgrammeDetails(p.getCode(), p.getName(), p.getDescription(), p.getFunder(), p.getStartsOn(),
                    p.getEndsOn(), p.getOrganisationIds(), coordinators));
        }
        String token = accounts.newLink(user, AccountLink.Purpose.INVITATION, c.roles(),
                CurrentUser.get().map(CrossfieldUser::getId).orElse(null), validity);
        String roles = String.join(",", new TreeSet<>(c.roles()));
        accounts.record(user.getId(), AccountAction.INVITED, c.organisation() == null ? AccountDetail.ROLES : AccountDetail.ROLES_AT,
                c.organisation() == null ? List.of(roles) : List.of(roles, c.organisation().getName()));
        accounts.mail(user, "INVITATION", "invitation/" + token, PeopleAdminService.invitationModel(user, validity, accounts));
        return user.getId();
    }

    private record Checked(String email, String displayName, Organisation organisation, Set<String> roles,
                           String language, List<Programme> programmes) {
    }

    private Checked check(InviteCmd cmd) {
        if (cmd == null) {
            throw new InvalidAccountException("identity.error.invite-empty", "Enter whom to invite.");
        }
        List<InvalidAccountException.Problem> problems = new ArrayList<>();
        String email = null;
        try {
            email = Accounts.normaliseEmail(cmd.email());
            accounts.requireUnused(email);
        } catch (InvalidAccountException e) {
            problems.addAll(e.keyedProblems());
        }
        String name = null;
        try {
            name = Accounts.displayName(cmd.displayName());
        } catch (InvalidAccountException e) {
            problems.addAll(e.keyedProblems());
        }
        String language = "en";
        try {
            language = Accounts.language(cmd.language());
        } catch (InvalidAccountException e) {
            problems.addAll(e.keyedProblems());
        }
        CrossfieldUser me = CurrentUser.require();
        boolean admin = me.hasRole(Roles.ADMIN);
        Set<String> roles = new TreeSet<>(cmd.roles() == null ? Set.of() : cmd.roles());
        if (roles.isEmpty()) {
            problems.add(new InvalidAccountException.Problem("identity.error.roles-missing", "Choose at least one role."));
        } else if (!roles.stream().allMatch(Roles::isKnown)) {
            problems.add(new InvalidAccountException.Problem("identity.error.role-unknown", "Unknown role: choose among "
                    + String.join(", ", Roles.ALL) + ".", String.join(", ", Roles.ALL)));
        } else if (!admin && !COORDINATOR_MAY_INVITE.containsAll(roles)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Coordinators invite students, supervisors, mentors and partners only");
        }
        Organisation organisation = null;
        if (cmd.organisationId() == null) {
            if (!admin) {
                problems.add(new InvalidAccountException.Problem("identity.error.organisation-missing",
                        "Choose the person's organisation."));
            }
        } else {
            organisation = organisations.findById(cmd.organisationId()).orElse(null);
            if (organisation == null || !organisation.isActive()) {
                problems.add(new InvalidAccountException.Problem("identity.error.organisation-inactive",
                        "Choose an active organisation."));
            } else if (!admin && !queries.coordinatesOrganisation(me.getId(), organisation.getId())) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Coordinators invite people into their programmes' organisations only");
            }
        }
        List<Programme> coordinated = new ArrayList<>();
        Set<Long> programmeIds = cmd.programmeIds() == null ? Set.of() : cmd.programmeIds();
        if (!programmeIds.isEmpty()) {
            if (!admin) {
                throw new org.springframework.security.access.AccessDeniedException("Only administrators name coordinators");
            }
            if (!roles.contains(Roles.COORDINATOR)) {
                problems.add(new InvalidAccountException.Problem("identity.error.coordinator-role-needed",
                        "Only a coordinator can be named coordinator of a programme: add the Coordinator role."));
            }
            coordinated = programmes.findAllById(programmeIds);
            if (coordinated.size() != programmeIds.size()) {
                problems.add(new InvalidAccountException.Problem("identity.error.programme-gone",
                        "One of the programmes does not exist any more: reload the page."));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidAccountException.of(problems);
        }
        return new Checked(email, name, organisation, roles, language, coordinated);
    }

    private static final InvalidAccountException.Problem NOT_UTF8 = new InvalidAccountException.Problem("identity.csv.not-utf8",
            "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");

    private record Parsed(List<Checked> checked, CsvInvitations preview) {
    }

    /** A CSV file's bytes as text (UTF-8, without a byte order mark), or null with the problem added. */
    static String utf8(byte[] csv, List<InvalidAccountException.Problem> problems) {
        if (csv == null || csv.length == 0) {
            problems.add(new InvalidAccountException.Problem("identity.csv.empty", "The file is empty."));
            return null;
        }
        if (csv.length > MAX_CSV_BYTES) {
            problems.add(new InvalidAccountException.Problem("identity.csv.too-large-lines",
                    "The file is too large: at most 1 MB (" + MAX_CSV_ROWS + " lines).", MAX_CSV_ROWS));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(NOT_UTF8);
            return null;
        }
    }

    private Parsed parse(byte[] csv) {
        List<CsvInvitations.Problem> problems = new ArrayList<>();
        List<CsvInvitations.Row> rows = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            problems.add(new CsvInvitations.Problem(0, new InvalidAccountException.Problem("identity.csv.empty",
                    "The file is empty.")));
            return new Parsed(checked, new CsvInvitations(rows, problems));
        }
        if (csv.length > MAX_CSV_BYTES) {
            problems.add(new CsvInvitations.Problem(0, new InvalidAccountException.Problem("identity.csv.too-large-people",
                    "The file is too large: at most 1 MB (" + MAX_CSV_ROWS + " people).", MAX_CSV_ROWS)));
            return new Parsed(checked, new CsvInvitations(rows, problems));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new CsvInvitations.Problem(0, NOT_UTF8));
            return new Parsed(checked, new CsvInvitations(rows, problems));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Organisation> byName = new java.util.HashMap<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> header = new LinkedHashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            for (String required : List.of("email", "name", "roles")) {
                if (!header.contains(required)) {
                    problems.add(new CsvInvitations.Problem(1, new InvalidAccountException.Problem(
                            "identity.csv.invite-column-missing", "The first line must name the columns email, name, organisation, roles and language; \""
                            + required + "\" is missing.", required)));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(checked, new CsvInvitations(rows, problems));
            }
            try {
                for (CSVRecord record : parser) {
                    int line = (int) record.getParser().getCurrentLineNumber();
                    if (rows.size() + problems.size() >= MAX_CSV_ROWS) {
                        problems.add(new CsvInvitations.Problem(line, new InvalidAccountException.Problem(
                                "identity.csv.too-many-people", "Too many lines: at most " + MAX_CSV_ROWS + " people per file.",
                                MAX_CSV_ROWS)));
                        break;
                    }
                    row(record, line, byName, seen, rows, checked, problems);
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                problems.add(new CsvInvitations.Problem((int) parser.getCurrentLineNumber(), new InvalidAccountException.Problem(
                        "identity.csv.unreadable-line", "This line cannot be read: check for a quotation mark that is opened"
                        + " and never closed.")));
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new CsvInvitations.Problem(1, new InvalidAccountException.Problem("identity.csv.invite-header",
                    "The first line cannot be read as column names: it must be email,name,organisation,roles,language (each"
                    + " name once).")));
        }
        return new Parsed(checked, new CsvInvitations(rows, problems));
    }

    private void row(CSVRecord record, int line, Map<String, Organisation> byName, Set<String> seen,
                     List<CsvInvitations.Row> rows, List<Checked> checked, List<CsvInvitations.Problem> problems) {
        String email = value(record, "email");
        String name = value(record, "name");
        String organisationName = value(record, "organisation");
        String language = value(record, "language");
        Set<String> roles = new TreeSet<>();
        List<InvalidAccountException.Problem> rowProblems = new ArrayList<>();
        for (String r : value(record, "roles").split("[;,|\\s]+")) {
            if (r.isBlank()) {
                continue;
            }
            String role = r.strip().toUpperCase(Locale.ROOT);
            if (Roles.isKnown(role)) {
                roles.add(role);
            } else {
                String known = String.join(", ", Roles.ALL.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
                rowProblems.add(new InvalidAccountException.Problem("identity.csv.not-a-role", "\"" + r.strip()
                        + "\" is not a role (use " + known + ").", r.strip(), known));
            }
        }
        Long organisationId = null;
        if (!organisationName.isBlank()) {
            Organisation org = byName.computeIfAbsent(organisationName.toLowerCase(Locale.ROOT),
                    k -> organisations.findByNameIgnoreCase(organisationName).orElse(null));
            if (org == null) {
                rowProblems.add(new InvalidAccountException.Problem("identity.csv.no-organisation",
                        "There is no organisation called \"" + organisationName + "\".", organisationName));
            } else {
                organisationId = org.getId();
            }
        }
        Checked c = null;
        try {
            c = check(new InviteCmd(email, name, organisationId, roles, language.isBlank() ? "en" : language, Set.of()));
        } catch (InvalidAccountException e) {
            for (InvalidAccountException.Problem p : e.keyedProblems()) {
                // an unknown organisation or role is said once, by the line's own problem above
                if (!(organisationId == null && !organisationName.isBlank()
                        && "identity.error.organisation-missing".equals(p.key()))
                        && !("identity.error.roles-missing".equals(p.key()) && !rowProblems.isEmpty())) {
                    rowProblems.add(p);
                }
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            rowProblems.add(e.getMessage().startsWith("Coordinators invite people")
                    ? new InvalidAccountException.Problem("identity.csv.not-your-organisation",
                            "You can invite people only into organisations taking part in your programmes.")
                    : new InvalidAccountException.Problem("identity.csv.roles-not-allowed",
                            "You can invite students, supervisors, mentors and partners only."));
        }
        if (c != null && !seen.add(c.email())) {
            rowProblems.add(new InvalidAccountException.Problem("identity.csv.email-twice",
                    c.email() + " appears twice in the file.", c.email()));
        }
        if (rowProblems.isEmpty() && c != null) {
            checked.add(c);
            rows.add(new CsvInvitations.Row(line, c.email(), c.displayName(),
                    c.organisation() == null ? null : c.organisation().getName(), List.copyOf(c.roles()), c.language()));
        } else {
            rowProblems.forEach(p -> problems.add(new CsvInvitations.Problem(line, p)));
        }
    }

    private static String value(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.strip().equalsIgnoreCase(column)) {
                return record.isSet(name) ? Optional.ofNullable(record.get(name)).orElse("").strip() : "";
            }
        }
        return "";
    }
}
