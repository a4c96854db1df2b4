package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.CsvInvitations;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationDetails;
import org.crossfield.identity.OrganisationFilter;
import org.crossfield.identity.OrganisationSummary;
import org.crossfield.identity.OrganisationType;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.PeopleFilter;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.ProgrammeAdminService;
import org.crossfield.identity.ProgrammeSummary;
import org.crossfield.platform.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The administrators' screens: forms that refuse bad input and keep what was typed, the CSV preview, confirmations. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AdministrationViewsTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    ProgrammeAdminService programmes;
    @Autowired
    PeopleAdminService people;
    @Autowired
    JdbcTemplate jdbc;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theOrganisationFormRefusesBadInputKeepsTheTypingAndShowsTheServicesReasons() {
        String taken = "taken-" + unique() + ".eu";
        organisations.create(new OrganisationDetails("Owner of " + taken, OrganisationType.COMPANY, "DE", Set.of(taken), true));
        navigate(OrganisationsView.class);
        String name = "Hospital " + unique();
        test($(TextField.class).id("organisation-name")).setValue(name);
        test($(TextField.class).id("organisation-domains")).setValue("not a domain");
        test($(Button.class).id("save-organisation")).click();

        assertThat($(Select.class).id("organisation-type").isInvalid()).isTrue();
        assertThat($(ComboBox.class).id("organisation-country").isInvalid()).isTrue();
        TextField domains = $(TextField.class).id("organisation-domains");
        assertThat(domains.isInvalid()).isTrue();
        assertThat(domains.getErrorMessage()).contains("\"not\" is not an e-mail domain");

        test($(Select.class).id("organisation-type")).selectItem("Hospital");
        test($(ComboBox.class).id("organisation-country")).selectItem("Netherlands");
        test(domains).setValue(taken);
        test($(Button.class).id("save-organisation")).click();

        Div problems = $(Div.class).id("organisation-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("The domain " + taken + " already belongs to another organisation.");
        assertThat($(TextField.class).id("organisation-name").getValue()).as("nothing typed is lost").isEqualTo(name);
        assertThat(organisations.find(new OrganisationFilter(name, null, null, null), PageRequest.of(0, 5))).isEmpty();

        test(domains).setValue("@Care-" + unique() + ".NL");
        test($(Button.class).id("save-organisation")).click();
        OrganisationSummary saved = organisations.find(new OrganisationFilter(name, null, null, null), PageRequest.of(0, 5))
                .getContent().getFirst();
        assertThat(saved.type()).isEqualTo(OrganisationType.HOSPITAL);
        assertThat(saved.country()).isEqualTo("NL");
        assertThat(saved.domains().getFirst()).startsWith("care-").endsWith(".nl");
        assertThat($(Div.class).withId("organisation-problems").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anOrganisationChangedMeanwhileIsNotOverwrittenAndTheEditIsExplained() {
        String name = "Institute " + unique();
        OrganisationSummary created = organisations.create(new OrganisationDetails(name, OrganisationType.RESEARCH_INSTITUTE,
                "FR", Set.of(), true));
        navigate(OrganisationsView.class);
        test($(TextField.class).id("organisation-search")).setValue(name);
        Grid<OrganisationSummary> grid = $(Grid.class).id("organisation-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).select(0);
        assertThat($(TextField.class).id("organisation-name").getValue()).isEqualTo(name);

        organisations.update(created.id(), created.version(), new OrganisationDetails(name + " (renamed)",
                OrganisationType.RESEARCH_INSTITUTE, "FR", Set.of(), true));
        test($(Checkbox.class).id("organisation-active")).click();
        test($(Button.class).id("save-organisation")).click();

        assertThat($(Div.class).id("organisation-problems").getElement().getTextRecursively())
                .contains("someone else changed this organisation meanwhile");
        assertThat(organisations.get(created.id()).active()).as("their change stays").isTrue();
        assertThat($(Checkbox.class).id("organisation-active").getValue()).as("your typing stays").isFalse();
        test($(Button.class).id("reload-organisation")).click();
        assertThat($(TextField.class).id("organisation-name").getValue()).isEqualTo(name + " (renamed)");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aProgrammeCannotEndBeforeItStartsAndIsSavedWithItsOrganisations() {
        String org = "Partner " + unique();
        organisations.create(new OrganisationDetails(org, OrganisationType.COMPANY, "BE", Set.of(), true));
        navigate(ProgrammesView.class);
        String code = "T-" + unique();
        test($(TextField.class).id("programme-code")).setValue(code);
        test($(TextField.class).id("programme-name")).setValue("Test programme " + code);
        test($(DatePicker.class).id("programme-end")).setValue(LocalDate.of(2026, 12, 31));
        test($(DatePicker.class).id("programme-start")).setValue(LocalDate.of(2027, 1, 1));
        test($(Button.class).id("save-programme")).click();
        assertThat($(DatePicker.class).id("programme-end").isInvalid()).isTrue();
        assertThat(programmes.find(code, PageRequest.of(0, 5))).isEmpty();

        test($(DatePicker.class).id("programme-end")).setValue(LocalDate.of(2030, 12, 31));
        test($(MultiSelectComboBox.class).id("programme-organisations")).selectItem(org);
        test($(Button.class).id("save-programme")).click();
        ProgrammeSummary saved = programmes.find(code, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(saved.organisations()).extracting(ProgrammeSummary.OrganisationRef::name).containsExactly(org);
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aCsvWithBadLinesShowsEveryLineWithItsReasonAndInvitesNobody() {
        String org = "Uni " + unique();
        organisations.create(new OrganisationDetails(org, OrganisationType.UNIVERSITY, "IT", Set.of(), true));
        String good = "good-" + unique() + "@example.org";
        String csv = "email,name,organisation,roles,language\n"
                + good + ",Good Person," + org + ",student,en\n"
                + "not-an-address,Bad Address," + org + ",student,en\n"
                + "x-" + unique() + "@example.org,Bad Role," + org + ",astronaut,en\n"
                + "y-" + unique() + "@example.org,No Such Organisation,Nowhere University,mentor,de";
        navigate(InvitePeopleView.class);
        test($(Upload.class).id("invite-csv-upload")).upload("people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        Grid<CsvInvitations.Problem> problems = $(Grid.class).id("invite-csv-problems");
        assertThat(problems.isVisible()).isTrue();
        List<Integer> lines = java.util.stream.IntStream.range(0, test(problems).size())
                .mapToObj(i -> test(problems).getRow(i).line()).toList();
        assertThat(lines).containsExactly(3, 4, 5);
        assertThat(test(problems).getCellText(0, 1)).contains("not-an-address").contains("not a valid e-mail address");
        assertThat(test(problems).getCellText(1, 1)).contains("\"astronaut\" is not a role");
        assertThat(test(problems).getCellText(2, 1)).contains("There is no organisation called \"Nowhere University\"");
        assertThat($(Paragraph.class).id("invite-csv-summary").getText()).contains("3 lines have problems. Nobody was invited");
        assertThat($(Button.class).withId("invite-csv-send").exists()).as("no invite button while a line is bad").isFalse();
        assertThat(people.find(new PeopleFilter(good, null, null, null), PageRequest.of(0, 5))).isEmpty();

        String second = "second-" + unique() + "@example.org";
        String fixed = "email,name,organisation,roles,language\n" + good + ",Good Person," + org + ",student,en\n"
                + second + ",Second Person," + org + ",supervisor;mentor,nl\n";
        test($(Upload.class).id("invite-csv-upload")).upload("people.csv", "text/csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat($(Grid.class).withId("invite-csv-problems").exists()).isFalse();
        Button send = $(Button.class).id("invite-csv-send");
        assertThat(send.isVisible()).isTrue();
        assertThat(send.getText()).isEqualTo("Invite 2 people…");
        test(send).click();
        assertThat($(Paragraph.class).id("invite-csv-text").getText()).contains("2 people get an e-mail");
        test($(Button.class).id("invite-csv-confirm")).click();

        PersonSummary invited = people.find(new PeopleFilter(second, null, null, null), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.organisationName()).isEqualTo(org);
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void invitingOnePersonAsksFirstThenThePersonIsDisabledAndReEnabledWithTheHistoryShown() {
        navigate(InvitePeopleView.class);
        test($(Button.class).id("invite-send")).click();
        assertThat($(TextField.class).id("invite-email").isInvalid()).isTrue();
        assertThat($(CheckboxGroup.class).id("invite-roles").isInvalid()).isTrue();

        String email = "one-" + unique() + "@example.org";
        test($(TextField.class).id("invite-email")).setValue(email);
        test($(TextField.class).id("invite-name")).setValue("Olga Invited");
        test($(CheckboxGroup.class).id("invite-roles")).selectItem("Mentor");
        test($(Button.class).id("invite-send")).click();
        assertThat($(Paragraph.class).id("invite-text").getText()).startsWith("An e-mail goes to " + email);
        assertThat(people.find(new PeopleFilter(email, null, null, null), PageRequest.of(0, 5))).as("not before confirming").isEmpty();
        test($(Button.class).id("invite-confirm")).click();
        assertThat($(TextField.class).id("invite-email").getValue()).as("the form is ready for the next person").isEmpty();

        navigate(PeopleView.class);
        test($(TextField.class).id("people-search")).setValue(email);
        Grid<PersonSummary> grid = $(Grid.class).id("people-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Invited");
        test(grid).select(0);
        assertThat($(Button.class).id("person-resend-invitation").isVisible()).isTrue();
        test($(Button.class).id("person-disable")).click();
        assertThat($(Paragraph.class).id("person-disable-text").getText()).contains("can no longer log in");
        test($(Button.class).id("person-disable-confirm")).click();

        PersonSummary disabled = people.find(new PeopleFilter(email, null, null, null), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(disabled.enabled()).isFalse();
        Grid<org.crossfield.identity.AccountEventSummary> history = $(Grid.class).id("person-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 1)).isEqualTo("Disabled");
        assertThat(test(history).getCellText(1, 1)).isEqualTo("Invited");
        assertThat(test(history).getCellText(0, 2)).as("who did it")
                .isEqualTo(org.crossfield.identity.CurrentUser.require().getDisplayName());
        test($(Button.class).id("person-enable")).click();
        test($(Button.class).id("person-enable-confirm")).click();
        assertThat(people.get(disabled.id()).enabled()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorIsOfferedOnlyTheRolesTheyMayGiveAndNoAdministrationScreens() {
        navigate(InvitePeopleView.class);
        CheckboxGroup<String> roles = $(CheckboxGroup.class).id("invite-roles");
        assertThat(roles.getListDataView().getItems().toList()).containsExactly("STUDENT", "SUPERVISOR", "MENTOR", "PARTNER");
        assertThat($(MultiSelectComboBox.class).withId("invite-programmes").exists()).as("only administrators name coordinators")
                .isFalse();

        try {
            navigate(OrganisationsView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aPendingPersonIsApprovedAfterConfirmation() {
        String email = "pending-" + unique() + "@example.org";
        navigate(InvitePeopleView.class);
        test($(TextField.class).id("invite-email")).setValue(email);
        test($(TextField.class).id("invite-name")).setValue("Pat Pending");
        test($(CheckboxGroup.class).id("invite-roles")).selectItem("Student");
        test($(Button.class).id("invite-send")).click();
        test($(Button.class).id("invite-confirm")).click();
        // as if they had registered themselves and asked to be a student
        jdbc.update("update app_user set status = 'PENDING', requested_role = 'STUDENT' where email = ?", email);
        long id = people.find(new PeopleFilter(email, null, null, null), PageRequest.of(0, 5)).getContent().getFirst().id();

        navigate(PendingPeopleView.class);
        Grid<PersonSummary> pending = $(Grid.class).id("pending-grid");
        int row = java.util.stream.IntStream.range(0, test(pending).size()).filter(i -> test(pending).getRow(i).id() == id)
                .findFirst().orElseThrow();
        Button approve = (Button) test(pending).getCellComponent(row, 5);
        assertThat(approve.getId()).contains("approve-" + id);
        test(approve).click();
        assertThat($(Paragraph.class).id("approve-text").getText()).contains("An e-mail tells them so");
        test($(Button.class).id("approve-confirm")).click();
        assertThat(people.get(id).status()).isEqualTo(AccountStatus.ACTIVE);
    }
}
