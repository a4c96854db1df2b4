package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvitationService;
import org.crossfield.identity.InviteCmd;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationDetails;
import org.crossfield.identity.OrganisationType;
import org.crossfield.identity.ProgrammeAdminService;
import org.crossfield.identity.ProgrammeDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.crossfield.Application;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The identity screens rendered in German leave no key marker and no common English word: My account and its API
 * tokens page (with a refused token, so that the refusal's reasons show), the administrators' organisations (with a
 * refused save), programmes, people (with a person's page open), people waiting for approval and "Invite people" (with
 * its confirmation open), and the pages before logging in: registration, forgotten password, and the pages behind a link
 * from an e-mail that cannot be used (invitation, password reset, address confirmation); the login page's lock message
 * and the refusals of an institutional sign-in; and the identity services' refusals (organisation, programme, invitation,
 * registration), each said in German.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class IdentityGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    ProgrammeAdminService programmes;
    @Autowired
    InvitationService invitations;
    @Autowired
    org.crossfield.identity.PeopleAdminService people;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private void assertGerman(String screen) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("English or untranslated texts on " + screen).isEmpty();
    }

    /** As the administrator: the demo student's organisation, "University of Dunmere", is data with an English word. */
    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void myAccountAndTheApiTokensPageAreGerman() {
        navigate(MyAccountView.class);
        assertGerman("My account");
        navigate(ApiTokensView.class);
        test($(TextField.class).id("token-name")).setValue("");
        test($(Button.class).id("create-token")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("token-problems").getElement().getTextRecursively())
                .contains("Geben Sie dem Token einen Namen");
        assertGerman("API tokens");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theAdministrationScreensAreGerman() {
        navigate(OrganisationsView.class);
        test($(Button.class).id("save-organisation")).click();
        assertGerman("Organisations, with a refused save");
        navigate(ProgrammesView.class);
        assertGerman("Programmes");
        navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> people = $(Grid.class).id("people-grid");
        test(people).select(0);
        assertThat($(PersonDialog.class).exists()).isTrue();
        assertGerman("People, with a person's page open");
        navigate(PendingPeopleView.class);
        assertGerman("Waiting for approval");
        navigate(InvitePeopleView.class);
        assertGerman("Invite people");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theProblemsOfAnInvitationCsvAreListedInGerman() {
        String organisation = "\"" + jdbc.queryForObject("select min(name) from organisation where active", String.class)
                .replace("\"", "\"\"") + "\"";
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,name,organisation,roles,language\n"
                + "not-an-address,Bad Address," + organisation + ",student,en\n"
                + "x-" + unique + "@example.org,Bad Role," + organisation + ",astronaut,en\n"
                + "y-" + unique + "@example.org,No Such Organisation,Nowhere University,mentor,de\n";
        navigate(InvitePeopleView.class);
        test($(com.vaadin.flow.component.upload.Upload.class).id("invite-csv-upload")).upload("people.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<org.crossfield.identity.CsvInvitations.Problem> problems = $(Grid.class).id("invite-csv-problems");
        java.util.List<String> reasons = java.util.stream.IntStream.range(0, test(problems).size())
                .mapToObj(i -> test(problems).getCellText(i, 1)).toList();
        assertThat(reasons).containsExactly("„not-an-address“ ist keine gültige E-Mail-Adresse.",
                "„astronaut“ ist keine Rolle (verwenden Sie student, supervisor, mentor, partner, coordinator, admin).",
                "Es gibt keine Organisation namens „Nowhere University“.");
        assertThat(test(problems).getRow(2).reason()).as("the English text stays, for the logs")
                .isEqualTo("There is no organisation called \"Nowhere University\".");
        assertGerman("Invite people, with the problems of a file");

        // the whole file refused, as the confirmation would show it, and the organisations' CSV import (a batch command)
        assertThatThrownBy(() -> invitations.inviteAll(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(AdminUi.problems(e)).first()
                        .isEqualTo("Zeile 2: „not-an-address“ ist keine gültige E-Mail-Adresse."));
        String organisationsCsv = "name,type,country,domains\nBurg " + unique + ",castle,BE,\n";
        assertThatThrownBy(() -> organisations.importAll(organisationsCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.problems()).containsExactly("Line 2: \"castle\" is not a type of organisation (use university,"
                            + " hospital, research_institute, company or public_body).");
                    assertThat(AdminUi.problems(e)).containsExactly("Zeile 2: „castle“ ist keine Art von Organisation (verwenden"
                            + " Sie university, hospital, research_institute, company oder public_body).");
                });
        assertThatThrownBy(() -> organisations.importAll("name,type\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(AdminUi.problems(e)).containsExactly(
                        "Zeile 1: Die erste Zeile muss die Spalten name, type, country und domains (optional active) nennen;"
                                + " „country“ fehlt."));
    }

    @Test
    void thePagesBeforeLoggingInAreGerman() {
        navigate(RegisterView.class);
        assertGerman("Register");
        navigate(ForgotPasswordView.class);
        assertGerman("Forgot your password");
        navigate("invitation/not-a-real-token-0123456789", AcceptInvitationView.class);
        assertGerman("an invitation link that cannot be used");
        navigate("password-reset/not-a-real-token-0123456789", ResetPasswordView.class);
        assertGerman("a password-reset link that cannot be used");
        navigate("register/confirm/not-a-real-token-0123456789", ConfirmAddressView.class);
        assertGerman("an address-confirmation link that cannot be used");
    }

    @Test
    void theLoginPageSaysInGermanThatLoginsAreLockedAndWhyAnInstitutionDidNotLetThePersonIn() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledAuthenticationProvider.locked(3));
        // the test's first page, before German was chosen, is the login page: leaving it makes the next visit build it anew
        navigate(ForgotPasswordView.class);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("error", "")));
        String texts = $(LoginForm.class).first().getElement().getPropertyRaw("i18n").toString();
        assertThat(texts).contains("Anmeldung vorübergehend gesperrt")
                .contains("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 3 Minuten erneut.");
        assertGerman("the login page");
        assertThat(ThrottledAuthenticationProvider.locked(1).getMessage())
                .as("the English message, for the logs, stays as it was").isEqualTo("Too many failed logins. Try again in 1 minute.");

        assertThat(InstitutionalLogin.failureMessage(new OAuth2AuthenticationException("invalid_state_parameter")))
                .contains("Die Anmeldung über Ihre Einrichtung hat nicht geklappt. Versuchen Sie es erneut oder melden Sie sich"
                        + " mit Ihrer E-Mail-Adresse und Ihrem Passwort an.");
        assertThat(InstitutionalLogin.failureMessage(new InstitutionalLogin.Refused(new InvalidAccountException.Problem(
                "identity.institution.invited", "You have been invited", "Dunmere SSO"))))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Sie wurden zu Crossfield eingeladen").contains("über Dunmere SSO"));
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theIdentityServicesRefusalsAreGerman() {
        String taken = jdbc.queryForObject("select min(name) from organisation", String.class);
        assertThatThrownBy(() -> organisations.create(new OrganisationDetails(taken, OrganisationType.UNIVERSITY,
                "XX", Set.of("not a domain"), true))).isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.keyedProblems()).allSatisfy(p -> assertThat(p.key()).as(p.english()).isNotNull());
                    assertThat(AdminUi.problems(e)).contains("Eine andere Organisation heißt bereits „" + taken + "“.",
                            "Wählen Sie das Land der Organisation.", "„not a domain“ ist keine E-Mail-Domain wie uni-example.eu.");
                });
        assertThatThrownBy(() -> programmes.create(new ProgrammeDetails("bad code!", "", null, null,
                java.time.LocalDate.of(2027, 2, 1), java.time.LocalDate.of(2027, 1, 1), Set.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.keyedProblems()).allSatisfy(p -> assertThat(p.key()).as(p.english()).isNotNull());
                    assertThat(AdminUi.problems(e)).contains("Das Programm kann nicht enden, bevor es beginnt.");
                });
        assertThatThrownBy(() -> invitations.invite(new InviteCmd("not-an-address", "", null, Set.of(), "de", Set.of())))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> {
                    assertThat(e.keyedProblems()).allSatisfy(p -> assertThat(p.key()).as(p.english()).isNotNull());
                    assertThat(AdminUi.problems(e)).contains("„not-an-address“ ist keine gültige E-Mail-Adresse.",
                            "Geben Sie den Namen der Person ein.", "Wählen Sie mindestens eine Rolle.");
                });
    }

    /** A person's history in German: roles, organisations and their absence worded; an entry written before, as stored. */
    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aPersonsHistoryIsGerman() {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        var company = organisations.create(new OrganisationDetails("Verlauf " + unique, OrganisationType.COMPANY, "DE", Set.of(), true));
        var invited = invitations.invite(new InviteCmd("verlauf-" + unique + "@example.org", "Vera Verlauf", company.id(),
                Set.of(org.crossfield.identity.Roles.MENTOR), "de", Set.of()));
        people.changeRoles(invited.id(), Set.of(org.crossfield.identity.Roles.MENTOR, org.crossfield.identity.Roles.SUPERVISOR));
        people.changeOrganisation(invited.id(), null);
        jdbc.update("insert into account_event (user_id, actor_id, action, detail, occurred_at) values (?, null, 'DISABLED', ?, ?)",
                invited.id(), "Old English detail", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));

        PeopleView view = navigate(PeopleView.class);
        view.open(people.get(invited.id()));
        @SuppressWarnings("unchecked")
        Grid<Object> history = $(Grid.class).id("person-history");
        var grid = test(history);
        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getCellText(0, 3)).as("an entry written before keys were kept").isEqualTo("Old English detail");
        assertThat(grid.getCellText(1, 3)).isEqualTo("Verlauf " + unique + " → keine");
        assertThat(grid.getCellText(2, 3)).isEqualTo("keine Rollen → Mentor/in, Betreuer/in");
        assertThat(grid.getCellText(3, 3)).isEqualTo("Mentor/in bei Verlauf " + unique);
        assertThat(grid.getCellText(3, 1)).isEqualTo("Eingeladen");
        assertGerman("a person's page with its history");
    }
}
