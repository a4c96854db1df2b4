package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Putting Crossfield into service on the real database: organisations, programmes, invitations (one and CSV),
 * accepting them, password resets, disabling, and every refusal. Each test uses addresses of its own.
 */
@CrossfieldIntegrationTest
class AccountAdministrationIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final String COORDINATOR = "coordinator@demo.crossfield.org";
    private static final String GOOD_PASSWORD = "tulip lantern orbit 42";
    private static final Pattern LINK = Pattern.compile("/(invitation|password-reset)/([A-Za-z0-9_-]{20,})");

    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    ProgrammeAdminService programmes;
    @Autowired
    PeopleAdminService people;
    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    LoginAccounts logins;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSetsUpAnOrganisationAndAProgrammeAndInvitesItsCoordinator() {
        OrganisationSummary org = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails(" Hospital  Nord ",
                OrganisationType.HOSPITAL, "dk", Set.of("@Hospital-Nord.example", "hn.example"), true)));
        assertThat(org.name()).isEqualTo("Hospital Nord");
        assertThat(org.country()).isEqualTo("DK");
        assertThat(org.domains()).containsExactly("hn.example", "hospital-nord.example");

        ProgrammeSummary programme = runAs.as(ADMIN, () -> programmes.create(new ProgrammeDetails("NORD-27", "Nordic health data",
                null, "Nordic Council", java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2029, 12, 31),
                Set.of(org.id()), Set.of())));
        assertThat(programme.organisations()).extracting(ProgrammeSummary.OrganisationRef::name).containsExactly("Hospital Nord");

        PersonSummary invited = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd("Ida.Berg@HN.example", "Ida Berg",
                org.id(), Set.of(Roles.COORDINATOR), "de", Set.of(programme.id()))));
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.email()).isEqualTo("ida.berg@hn.example");
        assertThat(invited.roles()).as("roles are granted on acceptance").isEmpty();
        assertThatThrownBy(() -> userDetails.loadUserByUsername("ida.berg@hn.example"))
                .as("an invited person cannot log in yet").isInstanceOf(UsernameNotFoundException.class);

        Map<String, Object> mail = lastMail("ida.berg@hn.example");
        assertThat(mail.get("template")).isEqualTo("account");
        assertThat((String) mail.get("subject")).isEqualTo("Einladung zu Crossfield");
        String token = token(mail);
        InvitationInfo info = invitations.invitation(token);
        assertThat(info.roles()).containsExactly(Roles.COORDINATOR);
        assertThat(info.organisationName()).isEqualTo("Hospital Nord");

        assertThatThrownBy(() -> invitations.accept(token, "short")).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> invitations.accept(token, "1qaz2wsx3edc")).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("commonly used");
        assertThat(invitations.accept(token, GOOD_PASSWORD)).isEqualTo("ida.berg@hn.example");
        CrossfieldUser ida = (CrossfieldUser) userDetails.loadUserByUsername("ida.berg@hn.example");
        assertThat(ida.getRoles()).containsExactly(Roles.COORDINATOR);
        assertThat(runAs.as("ida.berg@hn.example", () -> new IdentityServiceProbe(jdbc).coordinates(ida.getId(), programme.id())))
                .isTrue();
        assertThatThrownBy(() -> invitations.accept(token, GOOD_PASSWORD)).isInstanceOf(InvalidAccountLinkException.class)
                .extracting(e -> ((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.USED);

        // the coordinator invites a student into an organisation of her programme, but never an administrator
        PersonSummary student = runAs.as("ida.berg@hn.example", () -> invitations.invite(new InviteCmd("ole@hn.example",
                "Ole Dahl", org.id(), Set.of(Roles.STUDENT), "en", Set.of())));
        assertThat(student.status()).isEqualTo(AccountStatus.INVITED);
        assertThatThrownBy(() -> runAs.as("ida.berg@hn.example", () -> invitations.invite(new InviteCmd("boss@hn.example",
                "Boss", org.id(), Set.of(Roles.ADMIN), "en", Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as("ida.berg@hn.example", () -> invitations.invite(new InviteCmd("co@hn.example",
                "Co", org.id(), Set.of(Roles.COORDINATOR), "en", Set.of())))).isInstanceOf(AccessDeniedException.class);
        long otherOrg = jdbc.queryForObject("select min(id) from organisation where id <> ?", Long.class, org.id());
        assertThatThrownBy(() -> runAs.as("ida.berg@hn.example", () -> invitations.invite(new InviteCmd("x@hn.example",
                "X", otherOrg, Set.of(Roles.STUDENT), "en", Set.of())))).as("not an organisation of her programmes")
                .isInstanceOf(AccessDeniedException.class);

        List<AccountEventSummary> history = runAs.as(ADMIN, () -> people.history(ida.getId()));
        assertThat(history).extracting(AccountEventSummary::action).containsExactly("INVITATION_ACCEPTED", "INVITED");
        assertThat(history.get(1).actorName()).isEqualTo(runAs.as(ADMIN, () -> accounts.me().displayName()));
    }

    @Test
    void badOrganisationAndProgrammeInputIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails(" ", null, "XX",
                Set.of("not a domain"), true)))).isInstanceOf(InvalidAccountException.class)
                .satisfies(e -> assertThat(((InvalidAccountException) e).problems()).hasSize(4));
        String existing = jdbc.queryForObject("select name from organisation order by id limit 1", String.class);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails(existing,
                OrganisationType.COMPANY, "NL", Set.of(), true)))).hasMessageContaining("already called");
        String code = jdbc.queryForObject("select code from programme order by id limit 1", String.class);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> programmes.create(new ProgrammeDetails(code, "X", null, null,
                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2026, 1, 1), Set.of(), Set.of()))))
                .hasMessageContaining("already has the code").hasMessageContaining("cannot end before it starts");
    }

    @Test
    void aCsvWithBadLinesCreatesNobodyAndNamesEveryLine() {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        String org = jdbc.queryForObject("select name from organisation order by id limit 1", String.class);
        String csv = "email,name,organisation,roles,language\n"
                + "csv.one@uni.example,Ana One," + org + ",student,en\n"
                + "not-an-address,Bad Address," + org + ",student,en\n"
                + "csv.three@uni.example,,No Such Organisation,wizard,xx\n"
                + "csv.one@uni.example,Ana Again," + org + ",student,en\n"
                + "admin@demo.crossfield.org,Taken," + org + ",mentor,en\n";
        CsvInvitations preview = runAs.as(ADMIN, () -> invitations.preview(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.valid()).isFalse();
        assertThat(preview.rows()).extracting(CsvInvitations.Row::line).containsExactly(2);
        assertThat(preview.problems()).extracting(CsvInvitations.Problem::line).contains(3, 4, 5, 6);
        assertThat(preview.problems()).extracting(CsvInvitations.Problem::reason).anyMatch(r -> r.contains("not a valid e-mail"))
                .anyMatch(r -> r.contains("no organisation called")).anyMatch(r -> r.contains("\"wizard\" is not a role"))
                .anyMatch(r -> r.contains("appears twice")).anyMatch(r -> r.contains("already exists"))
                .anyMatch(r -> r.contains("English, German, French or Dutch"));
        // every problem also as the key of its text with the key's arguments, for the screens to say in the person's language
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.reasonKey()).as(p.reason()).isNotNull());
        assertThat(preview.problems()).extracting(CsvInvitations.Problem::line, CsvInvitations.Problem::reasonKey,
                CsvInvitations.Problem::reasonArguments).contains(
                tuple(3, "identity.error.email-invalid", List.of("not-an-address")),
                tuple(4, "identity.csv.no-organisation", List.of("No Such Organisation")),
                tuple(4, "identity.csv.not-a-role",
                        List.of("wizard", "student, supervisor, mentor, partner, coordinator, admin")),
                tuple(5, "identity.csv.email-twice", List.of("csv.one@uni.example")),
                tuple(6, "identity.error.email-taken", List.of("admin@demo.crossfield.org")));
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> invitations.inviteAll(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e).hasMessageContaining("Line 3: \"not-an-address\" is not a valid e-mail address.");
                    assertThat(e.keyedProblems()).first().satisfies(p -> {
                        assertThat(p.key()).isEqualTo("identity.csv.line");
                        assertThat(p.arguments()[0]).isEqualTo(3);
                        assertThat(((InvalidAccountException.Problem) p.arguments()[1]).key()).isEqualTo("identity.error.email-invalid");
                    });
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).as("nothing created").isEqualTo(before);

        String good = "Email;Name;Organisation;Roles;Language\n".replace(';', ',')
                + "csv.a@uni.example,Ana A," + org + ",student,nl\n"
                + "csv.b@uni.example,\"Berg, Bo\"," + org + ",supervisor;mentor,\n";
        List<PersonSummary> invited = runAs.as(ADMIN, () -> invitations.inviteAll(good.getBytes(StandardCharsets.UTF_8)));
        assertThat(invited).extracting(PersonSummary::displayName).containsExactly("Ana A", "Berg, Bo");
        assertThat(lastMail("csv.a@uni.example").get("subject")).isEqualTo("Uitnodiging voor Crossfield");

        assertThat(runAs.as(ADMIN, () -> invitations.preview("just text".getBytes(StandardCharsets.UTF_8))).problems())
                .extracting(CsvInvitations.Problem::reason).anyMatch(r -> r.contains("first line must name the columns"));
        assertThat(runAs.as(ADMIN, () -> invitations.preview(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41})).problems())
                .extracting(CsvInvitations.Problem::reason, CsvInvitations.Problem::reasonKey)
                .containsExactly(tuple("The file is not UTF-8 text: save it as \"CSV UTF-8\" and try"
                        + " again.", "identity.csv.not-utf8"));
    }

    @Test
    void aResetLinkWorksOnceEndsOtherSessionsAndTheAnswerNeverTellsWhoHasAnAccount() {
        String email = invitedAndAccepted("reset.me@uni.example");
        CrossfieldUser before = (CrossfieldUser) userDetails.loadUserByUsername(email);
        assertThat(logins.sessionIsCurrent(before.getId(), before.getSessionEpoch())).isTrue();
        long mails = mailCount();
        resets.requestReset("nobody-here@uni.example");
        assertThat(mailCount()).as("no account, no mail, no error").isEqualTo(mails);

        resets.requestReset(" Reset.Me@uni.example ");
        String token = token(lastMail(email));
        resets.requestReset(email);
        assertThat(mailCount()).as("a second request within minutes sends no second mail").isEqualTo(mails + 1);

        assertThat(resets.checkLink(token)).isEqualTo(email);
        assertThatThrownBy(() -> resets.reset(token, "qwerty123456")).hasMessageContaining("commonly used");
        assertThat(resets.reset(token, "a brand new passphrase")).isEqualTo(email);
        assertThat(logins.sessionIsCurrent(before.getId(), before.getSessionEpoch()))
                .as("the sessions opened before the reset end").isFalse();
        assertThatThrownBy(() -> resets.reset(token, "another new passphrase"))
                .isInstanceOf(InvalidAccountLinkException.class).extracting(e -> ((InvalidAccountLinkException) e).problem())
                .isEqualTo(LinkProblem.USED);
        assertThatThrownBy(() -> resets.checkLink("no-such-token-at-all-xxxxxxxx")).isInstanceOf(InvalidAccountLinkException.class)
                .extracting(e -> ((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.UNKNOWN);

        jdbc.update("update account_link set used_at = null, expires_at = '2020-01-01' where token_hash = ?", Accounts.hash(token));
        assertThatThrownBy(() -> resets.checkLink(token)).isInstanceOf(InvalidAccountLinkException.class)
                .extracting(e -> ((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.EXPIRED);
    }

    @Test
    void anExpiredInvitationIsRefusedAndAResentOneWorks() {
        PersonSummary p = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd("late@uni.example", "Late Comer", null,
                Set.of(Roles.MENTOR), "fr", Set.of())));
        String old = token(lastMail("late@uni.example"));
        jdbc.update("update account_link set expires_at = '2020-01-01' where token_hash = ?", Accounts.hash(old));
        assertThatThrownBy(() -> invitations.accept(old, GOOD_PASSWORD)).isInstanceOf(InvalidAccountLinkException.class)
                .extracting(e -> ((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.EXPIRED);
        runAs.run(ADMIN, () -> people.resendInvitation(p.id()));
        String fresh = token(lastMail("late@uni.example"));
        assertThat(fresh).isNotEqualTo(old);
        assertThat(invitations.accept(fresh, GOOD_PASSWORD)).isEqualTo("late@uni.example");
        assertThat(((CrossfieldUser) userDetails.loadUserByUsername("late@uni.example")).getRoles()).containsExactly(Roles.MENTOR);
    }

    @Test
    void aDisabledPersonIsLoggedOutAndCannotLogInUntilReEnabled() {
        String email = invitedAndAccepted("disable.me@uni.example");
        CrossfieldUser user = (CrossfieldUser) userDetails.loadUserByUsername(email);
        runAs.run(ADMIN, () -> people.disable(user.getId()));
        assertThat(logins.sessionIsCurrent(user.getId(), user.getSessionEpoch())).isFalse();
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        runAs.run(ADMIN, () -> people.enable(user.getId()));
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        runAs.run(ADMIN, () -> people.changeRoles(user.getId(), Set.of(Roles.STUDENT, Roles.MENTOR)));
        assertThat(runAs.as(ADMIN, () -> people.history(user.getId()))).extracting(AccountEventSummary::action)
                .startsWith("ROLES_CHANGED", "ENABLED", "DISABLED");
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> people.disable(runAs.idOf(ADMIN)))).hasMessageContaining("your own");
    }

    @Test
    void myAccountChangesNameLanguageOrcidAndPassword() {
        String email = invitedAndAccepted("my.account@uni.example");
        MyAccount changed = runAs.as(email, () -> accounts.updateDetails("Mia Account", "nl", "https://orcid.org/0000-0002-1825-0097"));
        assertThat(changed.language()).isEqualTo("nl");
        assertThat(changed.orcid()).isEqualTo("0000-0002-1825-0097");
        assertThatThrownBy(() -> runAs.as(email, () -> accounts.updateDetails("Mia", "nl", "0000-0002-1825-0098")))
                .hasMessageContaining("not an ORCID iD");
        assertThatThrownBy(() -> runAs.run(email, () -> accounts.changePassword("wrong", "another good passphrase")))
                .hasMessageContaining("current password");
        runAs.run(email, () -> accounts.changePassword(GOOD_PASSWORD, "another good passphrase"));
    }

    @Test
    void everyOtherRoleIsRefusedTheAdministrationAndAnonymousCallersEverything() {
        for (String role : List.of("student", "mentor", "supervisor", "partner", "coordinator")) {
            String who = role + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(who, () -> organisations.find(null, PageRequest.of(0, 10)))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> programmes.create(new ProgrammeDetails("Z", "Z", null, null, null,
                    null, Set.of(), Set.of())))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> people.find(null, PageRequest.of(0, 10)))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> people.disable(1L))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> people.changeRoles(1L, Set.of(Roles.ADMIN)))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String role : List.of("student", "mentor", "supervisor", "partner")) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", () -> invitations.invite(new InviteCmd(
                    "someone@uni.example", "Some One", null, Set.of(Roles.STUDENT), "en", Set.of())))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", () -> people.pending(PageRequest.of(0, 5))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> organisations.find(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aPartnerInvitesPeopleToAChallengeWhetherOrNotTheyHaveAnAccount(@Autowired IdentityService identity) {
        List<Long> ids = runAs.as("partner@demo.crossfield.org", () -> identity.inviteesByEmail(
                List.of("student@demo.crossfield.org", " New.Talent@Uni.example ")));
        assertThat(ids).hasSize(2);
        assertThat(ids.getFirst()).isEqualTo(runAs.idOf("student@demo.crossfield.org"));
        assertThat(jdbc.queryForObject("select status from app_user where id = ?", String.class, ids.get(1))).isEqualTo("INVITED");
        assertThat(lastMail("new.talent@uni.example").get("template")).isEqualTo("account");
        assertThat(runAs.as("partner@demo.crossfield.org", () -> identity.inviteesByEmail(List.of("new.talent@uni.example"))))
                .as("the second time, the same account").containsExactly(ids.get(1));
        assertThatThrownBy(() -> runAs.as("partner@demo.crossfield.org", () -> identity.inviteesByEmail(List.of("nope"))))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("not a valid e-mail");
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, IdentityService.MAX_INVITEES)
                .mapToObj(i -> "many" + i + "@uni.example").toList();
        assertThatThrownBy(() -> runAs.as("partner@demo.crossfield.org", () -> identity.inviteesByEmail(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("nope"), tooMany.stream()).toList())))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.problems()).containsExactly("\"nope\" is not a valid e-mail address.",
                            "At most 200 people can be invited to one challenge.");
                    assertThat(e.keyedProblems()).extracting(InvalidAccountException.Problem::key)
                            .containsExactly("identity.error.email-invalid", "identity.error.too-many-invitees");
                    assertThat(e.keyedProblems().get(1).arguments()).containsExactly(IdentityService.MAX_INVITEES);
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like 'many%@uni.example'", Integer.class))
                .as("nobody invited").isZero();
        for (String role : List.of("student", "mentor", "supervisor")) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", () -> identity.inviteesByEmail(List.of("a@b.example"))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theCommandLineCreatesAnAdministratorAndRefusesBadInputInOneLine(@Autowired AdministratorCommand command) {
        assertThat(run(command, GOOD_PASSWORD, "create", "--email", "Op.Erator@Uni.example", "--name", "Op Erator",
                "--password-stdin")).isEqualTo("0:");
        assertThat(((CrossfieldUser) userDetails.loadUserByUsername("op.erator@uni.example")).getRoles())
                .containsExactly(Roles.ADMIN);
        assertThat(run(command, GOOD_PASSWORD, "create", "--email", "op.erator@uni.example", "--name", "Again",
                "--password-stdin")).startsWith("2:").contains("already exists");
        assertThat(run(command, "short", "create", "--email", "new.op@uni.example", "--name", "New", "--password-stdin"))
                .startsWith("2:").contains("too short");
        assertThat(run(command, "qwerty123456", "create", "--email", "new.op@uni.example", "--name", "New",
                "--password-stdin")).startsWith("2:").contains("commonly used");
        assertThat(run(command, GOOD_PASSWORD, "create", "--email", "not an address", "--name", "New",
                "--password-stdin")).startsWith("2:").contains("not a valid e-mail");
        assertThat(run(command, GOOD_PASSWORD, "create", "--email", "x@uni.example")).startsWith("2:").contains("usage");
        assertThat(run(command, GOOD_PASSWORD, "delete")).startsWith("2:").contains("usage");
    }

    private static String run(AdministratorCommand command, String password, String... args) {
        var err = new java.io.ByteArrayOutputStream();
        int code = command.run(args, new java.io.ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).as("at most one line on stderr").isLessThanOrEqualTo(1);
        return code + ":" + text.strip();
    }

    private String invitedAndAccepted(String email) {
        runAs.run(ADMIN, () -> invitations.invite(new InviteCmd(email, "Test Person", null, Set.of(Roles.STUDENT), "en", Set.of())));
        invitations.accept(token(lastMail(email)), GOOD_PASSWORD);
        return email;
    }

    private Map<String, Object> lastMail(String to) {
        return jdbc.queryForMap("select template, subject, text_body from mail_outbox where to_address = ? order by id desc"
                + " limit 1", to);
    }

    private long mailCount() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
    }

    private static String token(Map<String, Object> mail) {
        Matcher m = LINK.matcher((String) mail.get("text_body"));
        assertThat(m.find()).as("the mail carries a link: %s", mail.get("text_body")).isTrue();
        return m.group(2);
    }

    /** Reads programme_coordinator the way AccessRules does, for the person logged in. */
    private record IdentityServiceProbe(JdbcTemplate jdbc) {
        boolean coordinates(long userId, long programmeId) {
            return jdbc.queryForObject("select count(*) from programme_coordinator where user_id = ? and programme_id = ?",
                    Integer.class, userId, programmeId) == 1;
        }
    }
}
