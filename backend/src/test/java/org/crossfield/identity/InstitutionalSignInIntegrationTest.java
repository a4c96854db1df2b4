package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.crossfield.identity.InstitutionalSignIn.Outcome;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Who an OpenID Connect sign-in is in Crossfield: linking by verified address, pending accounts, refusals. */
@CrossfieldIntegrationTest
@TestPropertySource(properties = "crossfield.accounts.self-registration=true") // the same context as RegistrationServiceIntegrationTest
class InstitutionalSignInIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    InstitutionalSignInService signIn;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrganisationAdminService organisationAdmin;
    @Autowired
    PeopleAdminService people;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    String domain;
    OrganisationSummary organisation;

    @BeforeEach
    void anOrganisationWithADomain() {
        domain = "oidc" + System.nanoTime() + ".example";
        organisation = runAs.as(ADMIN, () -> organisationAdmin.create(new OrganisationDetails(
                "Institution " + domain, OrganisationType.HOSPITAL, "BE", Set.of(domain), true)));
    }

    @Test
    void aVerifiedAddressLinksToTheExistingAccountOnceAndForAll() {
        String email = "linked@" + domain;
        long id = activeAccount(email);

        InstitutionalSignIn first = signIn.signIn(identity("subject-" + domain, email.toUpperCase(), true));

        assertThat(first.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(first.user().getId()).isEqualTo(id);
        assertThat(first.user().getRoles()).containsExactly(Roles.SUPERVISOR);
        assertThat(identities(id)).isEqualTo(1);
        assertThat(actions(id)).contains("INSTITUTION_LINKED");

        InstitutionalSignIn again = signIn.signIn(identity("subject-" + domain, "changed@elsewhere.example", false));
        assertThat(again.outcome()).as("the subject is known now, whatever the address says").isEqualTo(Outcome.SIGNED_IN);
        assertThat(again.user().getId()).isEqualTo(id);
        assertThat(identities(id)).isEqualTo(1);
    }

    @Test
    void anUnverifiedAddressIsNeverLinkedNorUsedForANewAccount() {
        String email = "unverified@" + domain;
        long id = activeAccount(email);

        InstitutionalSignIn result = signIn.signIn(identity("unverified-" + domain, email, false));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.message()).contains("did not confirm your e-mail address");
        assertThat(identities(id)).isZero();
        assertThat(signIn.signIn(identity("nobody-" + domain, "nobody@" + domain, false)).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, "nobody@" + domain)).isZero();
    }

    @Test
    void aLookAlikeOfAnExistingAddressIsNotLinked() {
        long id = activeAccount("ana@" + domain);

        InstitutionalSignIn result = signIn.signIn(identity("lookalike-" + domain, "ána@" + domain, true));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(identities(id)).isZero();
    }

    @Test
    void aNewPersonAsksForARoleWaitsForApprovalAndThenGetsIn() {
        String email = "newcomer@" + domain;
        InstitutionalIdentity newcomer = identity("newcomer-" + domain, email, true);

        InstitutionalSignIn first = signIn.signIn(newcomer);
        assertThat(first.outcome()).isEqualTo(Outcome.NEW_PERSON);
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
                .as("nothing is made before the person asks").isZero();
        PendingRegistration asked = signIn.firstSignIn(first.ticket());
        assertThat(asked.displayName()).isEqualTo("Nia Newcomer");
        assertThat(asked.organisationName()).isEqualTo(organisation.name());

        assertThatThrownBy(() -> signIn.requestAccess(first.ticket(), Roles.COORDINATOR, "en"))
                .isInstanceOf(InvalidAccountException.class);
        PendingRegistration pending = signIn.requestAccess(first.ticket(), "mentor", "fr");
        assertThat(pending.requestedRole()).isEqualTo(Roles.MENTOR);
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        assertThat(jdbc.queryForObject("select status from app_user where id = ?", String.class, id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select organisation_id from app_user where id = ?", Long.class, id)).isEqualTo(organisation.id());
        assertThat(actions(id)).contains("REGISTERED", "INSTITUTION_LINKED");
        assertThatThrownBy(() -> signIn.requestAccess(first.ticket(), "mentor", "fr"))
                .as("the ticket works once").isInstanceOf(InvalidAccountLinkException.class);

        InstitutionalSignIn waiting = signIn.signIn(newcomer);
        assertThat(waiting.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(waiting.message()).contains("waits for approval");

        runAs.run(ADMIN, () -> people.approve(id));
        InstitutionalSignIn approved = signIn.signIn(newcomer);
        assertThat(approved.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(approved.user().getRoles()).containsExactly(Roles.MENTOR);

        runAs.run(ADMIN, () -> people.disable(id));
        InstitutionalSignIn disabled = signIn.signIn(newcomer);
        assertThat(disabled.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(disabled.message()).contains("disabled");
    }

    @Test
    void aPersonWithoutAMatchingDomainWaitsWithoutAnOrganisation() {
        InstitutionalSignIn first = signIn.signIn(identity("gmail-" + domain, "someone-" + domain + "@mail.example", true));
        assertThat(signIn.firstSignIn(first.ticket()).organisationName()).isNull();
        signIn.requestAccess(first.ticket(), "partner", "en");
        assertThat(jdbc.queryForObject("select organisation_id from app_user where email = ?", Long.class,
                "someone-" + domain + "@mail.example")).isNull();
    }

    @Test
    void unknownTicketsAndAnonymousMissingSubjectsAreRefused() {
        assertThatThrownBy(() -> signIn.firstSignIn("made-up")).isInstanceOf(InvalidAccountLinkException.class);
        assertThatThrownBy(() -> signIn.requestAccess("made-up", "student", "en")).isInstanceOf(InvalidAccountLinkException.class);
        assertThat(signIn.signIn(new InstitutionalIdentity("uni", "Uni", " ", "x@" + domain, true, "X")).outcome())
                .isEqualTo(Outcome.REFUSED);
    }

    private InstitutionalIdentity identity(String subject, String email, boolean verified) {
        return new InstitutionalIdentity("test-idp", "Test University", subject, email, verified, "Nia Newcomer");
    }

    /** An invited supervisor who accepted: active, with a password. */
    private long activeAccount(String email) {
        PersonSummary invited = runAs.as(ADMIN, () -> invitations.invite(new InviteCmd(email, "Sam Existing",
                organisation.id(), Set.of(Roles.SUPERVISOR), "en", Set.of())));
        String body = jdbc.queryForObject("select text_body from mail_outbox where to_address = ? order by id desc limit 1",
                String.class, email);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        invitations.accept(m.group(1), RegistrationServiceIntegrationTest.PASSWORD);
        return invited.id();
    }

    private int identities(long userId) {
        return jdbc.queryForObject("select count(*) from oidc_identity where user_id = ?", Integer.class, userId);
    }

    private java.util.List<String> actions(long userId) {
        return jdbc.queryForList("select action from account_event where user_id = ?", String.class, userId);
    }
}
