package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** Self-registration switched on, as an operator would: register, confirm the address, wait for approval. */
@CrossfieldIntegrationTest
@TestPropertySource(properties = "crossfield.accounts.self-registration=true")
class RegistrationServiceIntegrationTest {

    static final String PASSWORD = "a long walk by the river";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/register/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    RegistrationService registration;
    @Autowired
    OrganisationAdminService organisationAdmin;
    @Autowired
    PeopleAdminService people;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AddressOrganisations addressOrganisations;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;

    String domain;
    OrganisationSummary organisation;

    @BeforeEach
    void anOrganisationWithADomain() {
        domain = "reg" + System.nanoTime() + ".example";
        organisation = runAs.as("admin@demo.crossfield.org", () -> organisationAdmin.create(new OrganisationDetails(
                "Registration University " + domain, OrganisationType.UNIVERSITY, "NL", Set.of(domain), true)));
    }

    @Test
    void aPersonRegistersConfirmsAndWaitsForApproval() {
        String email = "Ada.Reg@" + domain.toUpperCase();
        registration.register(new RegistrationCmd("Ada Reg", email, "student", "de"));

        String stored = email.toLowerCase();
        assertThat(status(stored)).isEqualTo("UNCONFIRMED");
        assertThat(jdbc.queryForObject("select organisation_id from app_user where email = ?", Long.class, stored))
                .isEqualTo(organisation.id());
        assertThat(jdbc.queryForObject("select subject from mail_outbox where to_address = ? order by id desc limit 1",
                String.class, stored)).as("in the language chosen").isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse für Crossfield");
        String token = confirmToken(stored);

        PendingRegistration before = registration.confirmation(token);
        assertThat(before.requestedRole()).isEqualTo(Roles.STUDENT);
        assertThat(before.organisationName()).isEqualTo(organisation.name());

        assertThatThrownBy(() -> registration.confirm(token, "short")).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> registration.confirm(token, "1qaz2wsx3edc")).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("commonly used");
        assertThat(status(stored)).as("a refused password uses nothing up").isEqualTo("UNCONFIRMED");

        PendingRegistration after = registration.confirm(token, PASSWORD);
        assertThat(after.requestedRole()).isEqualTo(Roles.STUDENT);
        assertThat(status(stored)).isEqualTo("PENDING");
        assertThat(actions(stored)).contains("REGISTERED", "ADDRESS_CONFIRMED");
        assertThatThrownBy(() -> registration.confirmation(token)).isInstanceOf(InvalidAccountLinkException.class)
                .satisfies(e -> assertThat(((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.USED));
        assertThatThrownBy(() -> registration.confirm(token, PASSWORD)).isInstanceOf(InvalidAccountLinkException.class);

        long person = jdbc.queryForObject("select id from app_user where email = ?", Long.class, stored);
        assertThat(runAs.as("admin@demo.crossfield.org", () -> people.pending(org.springframework.data.domain.PageRequest.of(0, 200)))
                .getContent()).extracting(PersonSummary::id).contains(person);
        runAs.as("admin@demo.crossfield.org", () -> people.approve(person));
        assertThat(runAs.as(stored, () -> org.crossfield.identity.CurrentUser.require().getRoles())).containsExactly(Roles.STUDENT);
    }

    @Test
    void subdomainsOfAnOrganisationsDomainCountAndOtherDomainsAreRefused() {
        registration.register(new RegistrationCmd("Sub Domain", "sub@med." + domain, "mentor", "en"));
        assertThat(jdbc.queryForObject("select organisation_id from app_user where email = ?", Long.class, "sub@med." + domain))
                .isEqualTo(organisation.id());

        assertThatThrownBy(() -> registration.register(new RegistrationCmd("Outside", "someone@elsewhere-" + domain, "student", "en")))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("not one of their domains");
        assertThat(count("someone@elsewhere-" + domain)).isZero();
    }

    @Test
    void coordinatorAndAdministratorCannotBeAskedFor() {
        for (String role : new String[] {"coordinator", "ADMIN", "emperor", ""}) {
            String email = "role" + role + "@" + domain;
            assertThatThrownBy(() -> registration.register(new RegistrationCmd("Role Seeker", email, role, "en")))
                    .as(role).isInstanceOf(InvalidAccountException.class).hasMessageContaining("student, supervisor, mentor or partner");
            assertThat(count(email)).isZero();
        }
    }

    @Test
    void anAddressWithAnAccountGetsAMailInsteadAndTheSameAnswer() {
        String email = "twice@" + domain;
        registration.register(new RegistrationCmd("Twice", email, "partner", "en"));
        registration.confirm(confirmToken(email), PASSWORD);
        int mailsBefore = mails(email);

        registration.register(new RegistrationCmd("Someone Else", email, "supervisor", "en"));

        assertThat(count(email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email)).isEqualTo("Twice");
        assertThat(mails(email)).isEqualTo(mailsBefore + 1);
        assertThat(jdbc.queryForObject("select subject from mail_outbox where to_address = ? order by id desc limit 1",
                String.class, email)).isEqualTo("Your Crossfield account");
        registration.register(new RegistrationCmd("Someone Else", email, "supervisor", "en"));
        assertThat(mails(email)).as("not a second mail within minutes").isEqualTo(mailsBefore + 1);
    }

    @Test
    void unknownAndExpiredLinksAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> registration.confirmation("no-such-token"))
                .satisfies(e -> assertThat(((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.UNKNOWN));
        assertThatThrownBy(() -> registration.confirm(null, PASSWORD))
                .satisfies(e -> assertThat(((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.UNKNOWN));

        String email = "late@" + domain;
        registration.register(new RegistrationCmd("Late Comer", email, "student", "en"));
        String token = confirmToken(email);
        jdbc.update("update account_link set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), Accounts.hash(token));
        assertThatThrownBy(() -> registration.confirm(token, PASSWORD))
                .satisfies(e -> assertThat(((InvalidAccountLinkException) e).problem()).isEqualTo(LinkProblem.EXPIRED));
        assertThat(status(email)).isEqualTo("UNCONFIRMED");
    }

    @Test
    void registeringAgainBeforeConfirmingReplacesTheLink() throws Exception {
        String email = "again@" + domain;
        registration.register(new RegistrationCmd("First Try", email, "student", "en"));
        String first = confirmToken(email);
        jdbc.update("update account_link set created_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)), Accounts.hash(first));
        registration.register(new RegistrationCmd("Second Try", email, "supervisor", "en"));
        String second = confirmToken(email);

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> registration.confirmation(first)).isInstanceOf(InvalidAccountLinkException.class);
        assertThat(registration.confirmation(second).requestedRole()).isEqualTo(Roles.SUPERVISOR);
        assertThat(count(email)).isEqualTo(1);
    }

    @Test
    void whenRegistrationIsOffTheServiceRefusesIt() {
        RegistrationService closed = new RegistrationService(users, addressOrganisations, accounts, passwords, false,
                java.time.Duration.ofDays(2), true);
        assertThat(closed.isOpen()).isFalse();
        String email = "closed@" + domain;
        assertThatThrownBy(() -> closed.register(new RegistrationCmd("Closed Door", email, "student", "en")))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("does not take registrations");
        assertThat(count(email)).isZero();
        assertThat(registration.isOpen()).isTrue();
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from app_user where email = ?", String.class, email);
    }

    private int count(String email) {
        return jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email);
    }

    private int mails(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where to_address = ?", Integer.class, email);
    }

    private java.util.List<String> actions(String email) {
        return jdbc.queryForList("select e.action from account_event e join app_user u on u.id = e.user_id where u.email = ?",
                String.class, email);
    }

    /** The token in the newest confirmation mail to this address, as the person would click it. */
    private String confirmToken(String email) {
        String body = jdbc.queryForObject("select text_body from mail_outbox where to_address = ? and text_body like '%/register/confirm/%'"
                + " order by id desc limit 1", String.class, email);
        Matcher m = CONFIRM_LINK.matcher(body);
        assertThat(m.find()).as("a confirmation link in " + body).isTrue();
        return m.group(1);
    }
}
