package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administrators' services on the real database, beside AccountAdministrationIntegrationTest: every administration
 * method refused to each other role, a coordinator's invitations limited to their roles and programmes, and what the
 * screens rely on (an edit on an old version refused, a change returning the account as saved, the history's author).
 */
@CrossfieldIntegrationTest
class IdentityAdministrationIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    ProgrammeAdminService programmes;
    @Autowired
    PeopleAdminService people;
    @Autowired
    InvitationService invitations;
    @Autowired
    PersonalAccounts personalAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every administrator-only method, called with harmless arguments. */
    private Map<String, Runnable> adminOnly(long someone, long organisation, long programme) {
        OrganisationDetails org = new OrganisationDetails("Refused " + unique(), OrganisationType.COMPANY, "DE", Set.of(), true);
        ProgrammeDetails prog = new ProgrammeDetails("R-" + unique(), "Refused", null, null, null, null, Set.of(), Set.of());
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("organisations.find", () -> organisations.find(OrganisationFilter.ALL, PageRequest.of(0, 5)));
        calls.put("organisations.get", () -> organisations.get(organisation));
        calls.put("organisations.create", () -> organisations.create(org));
        calls.put("organisations.update", () -> organisations.update(organisation, 0, org));
        calls.put("programmes.find", () -> programmes.find(null, PageRequest.of(0, 5)));
        calls.put("programmes.get", () -> programmes.get(programme));
        calls.put("programmes.create", () -> programmes.create(prog));
        calls.put("programmes.update", () -> programmes.update(programme, 0, prog));
        calls.put("people.find", () -> people.find(PeopleFilter.ALL, PageRequest.of(0, 5)));
        calls.put("people.get", () -> people.get(someone));
        calls.put("people.history", () -> people.history(someone));
        calls.put("people.changeRoles", () -> people.changeRoles(someone, Set.of(Roles.ADMIN)));
        calls.put("people.changeOrganisation", () -> people.changeOrganisation(someone, null));
        calls.put("people.disable", () -> people.disable(someone));
        calls.put("people.enable", () -> people.enable(someone));
        calls.put("people.resendInvitation", () -> people.resendInvitation(someone));
        return calls;
    }

    /** What administrators and coordinators may call (coordinators within their programmes). */
    private Map<String, Runnable> adminOrCoordinator(long someone) {
        byte[] csv = "email,name,organisation,roles,language\nr@example.org,R,,student,en\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("organisations.choosable", organisations::choosable);
        calls.put("people.pending", () -> people.pending(PageRequest.of(0, 5)));
        calls.put("people.approve", () -> people.approve(someone));
        calls.put("invitations.invite", () -> invitations.invite(new InviteCmd("r-" + unique() + "@example.org", "R", null,
                Set.of(Roles.STUDENT), "en", Set.of())));
        calls.put("invitations.preview", () -> invitations.preview(csv));
        calls.put("invitations.inviteAll", () -> invitations.inviteAll(csv));
        return calls;
    }

    @Test
    void studentsSupervisorsMentorsAndPartnersAreRefusedEveryAdministrationMethod() {
        long student = runAs.idOf("student@demo.crossfield.org");
        OrganisationSummary org = runAs.as(ADMIN, () -> organisations.find(OrganisationFilter.ALL, PageRequest.of(0, 1)))
                .getContent().getFirst();
        ProgrammeSummary programme = runAs.as(ADMIN, () -> programmes.find(null, PageRequest.of(0, 1))).getContent().getFirst();
        Map<String, Runnable> calls = new LinkedHashMap<>(adminOnly(student, org.id(), programme.id()));
        calls.putAll(adminOrCoordinator(student));
        for (String role : List.of("student", "supervisor", "mentor", "partner")) {
            calls.forEach((name, call) -> assertThatThrownBy(() -> runAs.run(role + "@demo.crossfield.org", call))
                    .as(role + " calling " + name).isInstanceOf(AccessDeniedException.class));
        }
        adminOnly(student, org.id(), programme.id()).forEach((name, call) -> assertThatThrownBy(() -> runAs.run(COORDINATOR, call))
                .as("coordinator calling " + name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aCoordinatorInvitesOnlyTheRolesAndOrganisationsOfTheirProgrammes() {
        OrganisationBrief theirs = runAs.as(COORDINATOR, organisations::choosable).getFirst();
        OrganisationSummary elsewhere = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails("Elsewhere "
                + unique(), OrganisationType.HOSPITAL, "AT", Set.of(), true)));
        for (String role : List.of(Roles.ADMIN, Roles.COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> invitations.invite(new InviteCmd("boss-" + unique()
                    + "@example.org", "Would-be " + role, theirs.id(), Set.of(role), "en", Set.of()))))
                    .as("a coordinator inviting a " + role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.as(COORDINATOR, () -> invitations.invite(new InviteCmd("out-" + unique()
                + "@example.org", "Outsider", elsewhere.id(), Set.of(Roles.STUDENT), "en", Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        byte[] adminInCsv = ("email,name,organisation,roles,language\nboss-" + unique() + "@example.org,Boss," + theirs.name()
                + ",admin,en\n").getBytes(StandardCharsets.UTF_8);
        CsvInvitations preview = runAs.as(COORDINATOR, () -> invitations.preview(adminInCsv));
        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems()).extracting(CsvInvitations.Problem::reason)
                .containsExactly("You can invite students, supervisors, mentors and partners only.");
        assertThat(preview.problems()).extracting(CsvInvitations.Problem::reasonKey).containsExactly("identity.csv.roles-not-allowed");

        String email = "stud-" + unique() + "@example.org";
        PersonSummary invited = runAs.as(COORDINATOR, () -> invitations.invite(new InviteCmd(email, "Stu Dent", theirs.id(),
                Set.of(Roles.STUDENT), "fr", Set.of())));
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.organisationId()).isEqualTo(theirs.id());
    }

    @Test
    void aCsvWithABadLineCreatesNobodyAndNamesEveryBadLineEvenTheLastWithoutALineEnd() {
        OrganisationSummary org = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails("Csv Uni " + unique(),
                OrganisationType.UNIVERSITY, "ES", Set.of(), true)));
        String good = "csv-" + unique() + "@example.org";
        byte[] csv = ("email,name,organisation,roles,language\n"
                + good + ",Good," + org.name() + ",student,es\n"
                + "broken-address,Bad," + org.name() + ",student,en\n"
                + "z-" + unique() + "@example.org,Last," + org.name() + ",pilot,en").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> invitations.inviteAll(csv)))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("Line 2: Choose English, German, French or Dutch"))
                        .anyMatch(p -> p.startsWith("Line 3: ") && p.contains("broken-address"))
                        .anyMatch(p -> p.startsWith("Line 4: \"pilot\" is not a role")));
        assertThat(runAs.as(ADMIN, () -> people.find(new PeopleFilter(good, null, null, null), PageRequest.of(0, 5)))).isEmpty();
    }

    @Test
    void anOrganisationEditedOnAnOldVersionIsRefusedNotOverwritten() {
        OrganisationSummary created = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails("Versioned " + unique(),
                OrganisationType.PUBLIC_BODY, "SE", Set.of("versioned-" + unique() + ".se"), true)));
        OrganisationDetails renamed = new OrganisationDetails(created.name() + " II", created.type(), created.country(),
                Set.copyOf(created.domains()), true);
        runAs.as(ADMIN, () -> organisations.update(created.id(), created.version(), renamed));
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> organisations.update(created.id(), created.version(), renamed)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(runAs.as(ADMIN, () -> organisations.get(created.id())).name()).as("the first edit stays").isEqualTo(renamed.name());
    }

    @Test
    void anAdministratorChangesRolesAndDisablesAnAccountAndTheHistorySaysWhoDidWhat() {
        String email = "life-" + unique() + "@example.org";
        PersonSummary invited = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd(email, "Lena Life", null,
                Set.of(Roles.MENTOR), "de", Set.of())));
        runAs.as(ADMIN, () -> people.changeRoles(invited.id(), Set.of(Roles.MENTOR, Roles.SUPERVISOR)));
        PersonSummary disabled = runAs.as(ADMIN, () -> people.disable(invited.id()));
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.roles()).containsExactlyInAnyOrder(Roles.MENTOR, Roles.SUPERVISOR);

        List<AccountEventSummary> history = runAs.as(ADMIN, () -> people.history(invited.id()));
        assertThat(history).extracting(AccountEventSummary::action).containsExactly("DISABLED", "ROLES_CHANGED", "INVITED");
        String adminName = runAs.as(ADMIN, () -> CurrentUser.require().getDisplayName());
        assertThat(history).extracting(AccountEventSummary::actorName).containsOnly(adminName);
        assertThat(history.get(1).detail()).as("an invited person holds their roles once they accept").isEqualTo("no roles → Mentor, Supervisor");

        assertThatThrownBy(() -> runAs.as(ADMIN, () -> people.disable(runAs.idOf(ADMIN))))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                        .containsExactly("You cannot disable your own account."));
    }

    @Test
    void aHistoryEntryKeepsTheKeyAndArgumentsOfItsWordingAndAnOlderEntryReadsAsStored() {
        OrganisationSummary org = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails("Hist " + unique(),
                OrganisationType.COMPANY, "DE", Set.of(), true)));
        PersonSummary invited = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd("hist-" + unique() + "@example.org",
                "Hanna History", org.id(), Set.of(Roles.SUPERVISOR, Roles.MENTOR), "de", Set.of())));
        runAs.as(ADMIN, () -> people.changeRoles(invited.id(), Set.of(Roles.MENTOR)));
        runAs.as(ADMIN, () -> people.changeOrganisation(invited.id(), null));
        jdbc.update("insert into account_event (user_id, actor_id, action, detail, occurred_at) values (?, null, 'APPROVED', ?, ?)",
                invited.id(), "Mentor (written before keys)", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));

        List<AccountEventSummary> history = runAs.as(ADMIN, () -> people.history(invited.id()));
        assertThat(history).extracting(AccountEventSummary::action)
                .containsExactly("APPROVED", "ORGANISATION_CHANGED", "ROLES_CHANGED", "INVITED");
        assertThat(history.get(0)).as("an entry written before keys were kept")
                .extracting(AccountEventSummary::detail, AccountEventSummary::detailKey, AccountEventSummary::detailArguments)
                .containsExactly("Mentor (written before keys)", null, List.of());
        assertThat(history.get(1).detailKey()).isEqualTo(AccountDetail.ORGANISATION_CHANGED.key());
        assertThat(history.get(1).detailArguments()).containsExactly(org.name(), "");
        assertThat(history.get(1).detail()).isEqualTo(org.name() + " → none");
        assertThat(history.get(2).detailKey()).isEqualTo("identity.history.roles-changed");
        assertThat(history.get(2).detailArguments()).as("role codes, not names").containsExactly("", Roles.MENTOR);
        assertThat(history.get(2).detail()).as("the English text stays beside").isEqualTo("no roles → Mentor");
        assertThat(history.get(3).detailKey()).isEqualTo(AccountDetail.ROLES_AT.key());
        assertThat(history.get(3).detailArguments()).containsExactly("MENTOR,SUPERVISOR", org.name());
        assertThat(history.get(3).detail()).isEqualTo("Mentor, Supervisor at " + org.name());
    }

    @Test
    void erasingAPersonReplacesTheirNameInTheStoredArgumentsToo() {
        String name = "Quentin \"Q\" Quote-" + unique();
        PersonSummary named = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd("q-" + unique() + "@example.org", name,
                null, Set.of(Roles.MENTOR), "en", Set.of())));
        PersonSummary other = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd("o-" + unique() + "@example.org", "Olga Other",
                null, Set.of(Roles.STUDENT), "en", Set.of())));
        jdbc.update("""
                insert into account_event (user_id, actor_id, action, detail, detail_key, detail_args, occurred_at)
                values (?, ?, 'INVITED', ?, ?, ?, ?)""", other.id(), named.id(), "Student, invited to a challenge by " + name,
                AccountDetail.INVITED_TO_CHALLENGE.key(), new DetailArgumentsConverter().convertToDatabaseColumn(List.of(name)),
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));

        runAs.run(ADMIN, () -> personalAccounts.pseudonymise(named.id(), "Person " + named.id(), "erased-" + named.id() + "@invalid"));

        AccountEventSummary entry = runAs.as(ADMIN, () -> people.history(other.id())).getFirst();
        assertThat(entry.detailArguments()).containsExactly("Person " + named.id());
        assertThat(entry.detail()).isEqualTo("Student, invited to a challenge by Person " + named.id());
    }
}
