package org.crossfield.collaboration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.collaboration.CollaborationDetails;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.MeetingNoteEntry;
import org.crossfield.collaboration.OutcomeService;
import org.crossfield.collaboration.OutcomeTypeSummary;
import org.crossfield.collaboration.ReportingRequest;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.collaboration.ShowcaseActivity;
import org.crossfield.collaboration.ShowcaseOutcome;
import org.crossfield.collaboration.ShowcaseProgramme;
import org.crossfield.collaboration.WorkspaceService;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The collaboration screens in German leave no key marker and no English UI word: a party's workspace with each tab,
 * the outcome form (for a publication and for further funding), the activity form, the bibliography import with an
 * entry it refuses, the delete and status confirmations, "My collaborations", the coordinator's reporting windows with
 * who has confirmed, and the public showcase. The collaborations' own data (titles, names, notes) is English in the
 * demo and is taken out before the check.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class CollaborationGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CollaborationService collaborations;
    @Autowired
    WorkspaceService workspace;
    @Autowired
    ReportingService reporting;
    @Autowired
    OutcomeService outcomes;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private long demoCollaboration() {
        return jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id "
                + "where u.email = 'student@demo.crossfield.org' order by c.id limit 1", Long.class);
    }

    /** What the workspace shows of the collaboration's own data: its title, programme, people, windows and notes. */
    private List<String> workspaceData(long c) {
        CollaborationDetails d = collaborations.collaboration(c);
        List<String> data = new ArrayList<>(List.of(d.title(), d.programmeName()));
        for (CollaborationDetails.Party p : new CollaborationDetails.Party[] {d.student(), d.supervisor(), d.mentor()}) {
            if (p != null) {
                data.add(p.name());
            }
        }
        if (d.partnerOrganisation() != null) {
            data.add(d.partnerOrganisation().name());
        }
        for (ReportingRequest r : reporting.requests(c)) {
            data.add(r.title());
            r.parties().forEach(p -> data.add(p.name()));
        }
        for (MeetingNoteEntry m : workspace.meetingNotes(c)) {
            data.add(m.attendees());
            data.add(m.notes());
            data.add(m.recordedBy());
        }
        return data;
    }

    private void assertGerman(String screen, List<String> data) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent(), data)).as("untranslated texts on " + screen).isEmpty();
    }

    private void openTab(String id) {
        $(TabSheet.class).id("workspace-tabs").setSelectedTab($(Tab.class).id(id));
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aPartyKeepsTheWorkspaceInGerman() {
        long c = demoCollaboration();
        navigate(MyCollaborationsView.class);
        List<String> mine = new ArrayList<>();
        collaborations.myCollaborations().forEach(s -> mine.addAll(List.of(s.title(), s.programmeName())));
        assertGerman("My collaborations", mine);

        navigate("collaborations/" + c, WorkspaceView.class);
        List<String> data = workspaceData(c);
        assertGerman("the outcomes tab", data);
        assertThat($(Button.class).id("add-outcome").getText()).isEqualTo("Ergebnis erfassen");
        for (String tab : List.of("tab-dissemination", "tab-milestones", "tab-meetings")) {
            openTab(tab);
            assertGerman(tab, data);
        }
        openTab("tab-outcomes");

        test($(Button.class).id("add-outcome")).click();
        @SuppressWarnings("unchecked")
        ComboBox<OutcomeTypeSummary> type = $(ComboBox.class).id("outcome-type");
        assertThat(type.getItemLabelGenerator().apply(type.getListDataView().getItems()
                .filter(OutcomeTypeSummary::isPublication).findFirst().orElseThrow())).isEqualTo("Publikationen");
        type.setValue(type.getListDataView().getItems().filter(OutcomeTypeSummary::isPublication).findFirst().orElseThrow());
        assertGerman("the outcome form for a publication", data);
        type.setValue(type.getListDataView().getItems().filter(OutcomeTypeSummary::isFunding).findFirst().orElseThrow());
        assertGerman("the outcome form for further funding", data);
        test($(Button.class).id("cancel-outcome")).click();

        openTab("tab-dissemination");
        test($(Button.class).id("add-activity")).click();
        assertGerman("the activity form", data);
        test($(Button.class).id("cancel-activity")).click();

        openTab("tab-outcomes");
        test($(Button.class).id("import-publications")).click();
        assertGerman("the import dialog", data);
        String bib = "@article{ok" + UUID.randomUUID().toString().substring(0, 6) + ", title = {A German screen test}, "
                + "year = {2026}}\n@misc{broken, year = {2025}}";
        test($(Upload.class).id("import-upload")).upload("refs.bib", "text/plain", bib.getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).id("import-state").getText())
                .isEqualTo("refs.bib (BibTeX): 1 von 1 importieren; 1 Eintrag kann nicht importiert werden.");
        assertThat($(H4.class).id("import-refused-title").getText()).isEqualTo("1 Eintrag kann nicht importiert werden");
        assertThat($(Button.class).id("import-confirm").getText()).isEqualTo("1 Publikation importieren");
        assertGerman("the import dialog with a file read", data);
        test($(Button.class).id("import-cancel")).click();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);

        // a delete asks first, in German
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("outcomes-grid");
        assertThat(test(grid).size()).as("the demo collaboration has outcomes").isPositive();
        {
            Button delete = (Button) ((com.vaadin.flow.component.orderedlayout.VerticalLayout) test(grid)
                    .getCellComponent(0, grid.getColumns().size() - 1)).getComponentAt(1);
            test(delete).click();
            ConfirmDialog confirm = $(ConfirmDialog.class).id("delete-dialog");
            assertThat(confirm.getElement().getProperty("header")).isEqualTo("Löschen");
            assertThat(confirm.getElement().getProperty("message")).isEqualTo("Dieses Ergebnis löschen?");
            assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
            confirm.close();
        }
        if ($(Button.class).withId("complete-collaboration").exists()) {
            test($(Button.class).id("complete-collaboration")).click();
            ConfirmDialog confirm = $(ConfirmDialog.class).id("status-dialog");
            assertThat(confirm.getElement().getProperty("message")).isEqualTo("Diese Kooperation als abgeschlossen markieren?");
            assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Ja");
            assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Nein");
            confirm.close();
        }
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void theImportSaysInGermanWhyAnEntryCannotBeImported() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        test($(Button.class).id("import-publications")).click();
        String bib = "@article{old, title = {Too old}, year = {1066}}\n"
                + "@article{nocomma title = {No comma}, year = {2020}}\n"
                + "@misc{notitle, year = {2025}}\n"
                + "@article{ok" + UUID.randomUUID().toString().substring(0, 6) + ", title = {Fine}, year = {2026}}\n";
        test($(Upload.class).id("import-upload")).upload("refs.bib", "text/plain", bib.getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<org.crossfield.collaboration.RefusedEntry> refused = $(Grid.class).id("import-refused");
        assertThat(test(refused).size()).isEqualTo(3);
        int latest = outcomes.latestPublicationYear();
        assertThat(test(refused).getCellText(0, 2)).isEqualTo("1066 ist kein plausibles Erscheinungsjahr; es muss zwischen 1450 und "
                + latest + " liegen.");
        assertThat(test(refused).getCellText(1, 2)).isEqualTo("Nach dem Zitierschlüssel „nocomma“ fehlt ein Komma.");
        assertThat(test(refused).getCellText(2, 2)).isEqualTo("Der Eintrag hat keinen Titel.");
        assertThat(test(refused).getRow(0).reason()).as("the English text stays, for the logs and the API")
                .isEqualTo("1066 is not a plausible year of publication; it must lie between 1450 and " + latest + ".");
        assertGerman("the import dialog with refused entries", workspaceData(c));

        // the ORCID import lists its refused works the same way, and an entry without an ID by its number
        assertThat(CollaborationTexts.reason(new org.crossfield.collaboration.RefusedEntry("put-code 7", 1,
                new org.crossfield.i18n.Text("collaboration.orcid.refused.not-publication", "English", "Sepsis data", "data-set"))))
                .isEqualTo("„Sepsis data“ ist in ORCID vom Typ data-set, keine Publikation: Erfassen Sie es von Hand als Ergebnis"
                        + " seines Typs.");
        assertThat(CollaborationTexts.entry(new org.crossfield.collaboration.RefusedEntry("record 12", 40, "English")))
                .isEqualTo("Datensatz 12");
        assertThat(CollaborationTexts.reason(new org.crossfield.collaboration.RefusedEntry("x", 1, "Said before keys existed.")))
                .as("a reason without a key is shown as it was said").isEqualTo("Said before keys existed.");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aRefusalOfTheServiceIsSaidInGerman() {
        long c = demoCollaboration();
        navigate("collaborations/" + c, WorkspaceView.class);
        openTab("tab-milestones");
        test($(TextField.class).id("milestone-title")).setValue("Ein Meilenstein ohne Datum");
        test($(Button.class).id("add-milestone")).click();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .isEqualTo("Geben Sie dem Meilenstein ein Fälligkeitsdatum.");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorOpensAReportingWindowInGerman() {
        navigate(MyCollaborationsView.class);
        assertGerman("the coordinator's collaborations", List.of());

        navigate(ReportingWindowsView.class);
        assertGerman("reporting windows", List.of());
        String title = "Bericht " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("window-title")).setValue(title);
        test($(DatePicker.class).id("window-due")).setValue(LocalDate.now().plusDays(30));
        test($(Button.class).id("open-window")).click();
        assertThat($(Grid.class).id("confirmations-grid").isVisible()).isTrue();
        List<String> data = new ArrayList<>(List.of(title));
        long c = demoCollaboration();
        data.addAll(workspaceData(c));
        assertGerman("who has confirmed", data);
        Grid<?> confirmations = $(Grid.class).id("confirmations-grid");
        assertThat(confirmations.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("Kooperation", "Promovierende(r)", "Betreuung", "Mentor(in)");

        navigate("collaborations/" + c, WorkspaceView.class);
        assertGerman("the workspace a coordinator reads", workspaceData(c));
    }

    @Test
    @WithAnonymousUser
    void theShowcaseIsGerman() {
        navigate("showcase", ShowcaseView.class);
        List<String> data = new ArrayList<>();
        List<ShowcaseProgramme> programmes = outcomes.showcaseProgrammes();
        programmes.forEach(p -> data.add(p.name()));
        assertGerman("the showcase", data);

        long c = demoCollaboration();
        String code = jdbc.queryForObject("select p.code from programme p join collaboration c on c.programme_id = p.id "
                + "where c.id = ?", String.class, c);
        navigate("showcase/" + code, ShowcaseView.class);
        for (ShowcaseOutcome o : outcomes.showcaseOutcomes(code)) {
            for (String s : new String[] {o.title(), o.description(), o.authors(), o.venue(), o.doi(), o.url()}) {
                if (s != null) {
                    data.add(s);
                }
            }
        }
        for (ShowcaseActivity a : outcomes.showcaseActivities(code)) {
            data.add(a.title());
            if (a.evidenceUrl() != null) {
                data.add(a.evidenceUrl());
            }
        }
        assertGerman("a programme's showcase", data);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Ergebnisse", "Verbreitung");
    }
}
