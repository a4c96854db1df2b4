package org.crossfield.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.agreement.IpRegime;
import org.crossfield.agreement.StartableCollaboration;
import org.crossfield.agreement.TemplateVersion;
import org.crossfield.agreement.TermsDiff;
import org.crossfield.agreement.TrailEntry;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agreement screens in German, with no untranslated key and no common English UI word: {@link AgreementsView} (a
 * partner's start form, a coordinator's programme overview), {@link AgreementDetailsView} with each of its tabs (an
 * agreement the test starts on its own collaboration), the difference between two versions and the trail (their rows
 * read cell by cell), {@link VerifyAgreementView} with a result, and the administrator's {@link AgreementTemplatesView}
 * with a template chosen; refusals from the backend (the terms validator's, a template's problems) arrive in German.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AgreementGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static void assertGerman(String screen) {
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts on " + screen).isEmpty();
    }

    /** Grid rows are not part of the component tree: their cells are read through the grid and checked the same way. */
    private static void assertGermanCells(String what, List<String> cells) {
        Div read = new Div();
        cells.forEach(c -> read.add(new Span(c)));
        assertThat(ScreenTexts.untranslatedIn(List.of(read), List.of())).as("untranslated texts in " + what).isEmpty();
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aPartnersAgreementWorkspaceIsGerman() {
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, status, started_at, demo, version)
                select programme_id, concat(title, ' (deutsch)'), origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, 'ACTIVE', started_at, false, 0 from collaboration
                where id = (select min(c.id) from collaboration c join app_user u on u.id = c.student_id
                            where u.email = 'student@demo.crossfield.org' and c.partner_organisation_id is not null)""");
        long collaboration = jdbc.queryForObject("select max(id) from collaboration", Long.class);
        navigate(AgreementsView.class);
        assertGerman("the agreements");
        test($(Button.class).id("start-agreement")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Wählen Sie eine Zusammenarbeit und eine IP-Regelung.");

        ComboBox<StartableCollaboration> choose = $(ComboBox.class).id("start-collaboration");
        StartableCollaboration mine = choose.getListDataView().getItems().filter(c -> c.id() == collaboration).findFirst().orElseThrow();
        test(choose).selectItem(choose.getItemLabelGenerator().apply(mine));
        Select<IpRegime> regime = $(Select.class).id("start-regime");
        regime.setValue(regime.getListDataView().getItems().filter(r -> r.code().equals("LAMBERT_1")).findFirst().orElseThrow());
        assertThat(regime.getHelperText()).startsWith("Ergebnisse gehören: der Universität");
        test($(Button.class).id("start-agreement")).click();
        assertThat(getCurrentView()).isInstanceOf(AgreementDetailsView.class);
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Entwurf");
        TabSheet tabs = $(TabSheet.class).id("agreement-tabs");
        for (int tab = 0; tab < tabs.getTabCount(); tab++) {
            tabs.setSelectedIndex(tab);
            assertGerman("the agreement, tab " + tab);
        }
        tabs.setSelectedIndex(0);
        $(IntegerField.class).id("term-notice-days").clear();
        test($(Button.class).id("propose")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Einige Bedingungen fehlen");

        // the terms validator's refusal arrives in German
        test($(IntegerField.class).id("term-notice-days")).setValue(60);
        test($(IntegerField.class).id("term-max-delay")).setValue(10);
        test($(Button.class).id("propose")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Die maximale Publikationsverzögerung (10 Tage) darf nicht kürzer sein als die Ankündigungsfrist (60 Tage).");

        // a proposal: the difference between the versions and the trail are worded in German
        test($(IntegerField.class).id("term-max-delay")).setValue(120);
        test($(Button.class).id("propose")).click();
        tabs = $(TabSheet.class).id("agreement-tabs");
        tabs.setSelectedIndex(2);
        assertGerman("the versions with their difference");
        Grid<TermsDiff.Change> diff = $(Grid.class).id("diff-terms");
        assertThat(test(diff).size()).isPositive();
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < test(diff).size(); row++) {
            for (int column = 0; column < 3; column++) {
                cells.add(test(diff).getCellText(row, column));
            }
        }
        assertThat(cells).contains("Maximale Publikationsverzögerung", "120 Tage");
        assertGermanCells("the difference between the versions", cells);

        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        Grid<TrailEntry> trail = $(Grid.class).id("trail-grid");
        List<String> trailCells = new ArrayList<>();
        for (int row = 0; row < test(trail).size(); row++) {
            for (int column = 1; column < 5; column++) {
                if (column != 3) { // the person's name is data
                    trailCells.add(test(trail).getCellText(row, column));
                }
            }
        }
        assertThat(trailCells).contains("Begonnen", "Aus der Vorlage LAMBERT_1 v" + jdbc.queryForObject("""
                        select t.version_no from agreement a join agreement_template t on t.id = a.template_id
                        where a.collaboration_id = ?""", Integer.class, collaboration),
                "Vorgeschlagen", "Ankündigungsfrist für Publikationen: 30 Tage → 60 Tage · Maximale Publikationsverzögerung: 90 Tage → 120 Tage");
        assertGermanCells("the trail", trailCells);

        long agreement = jdbc.queryForObject("select id from agreement where collaboration_id = ?", Long.class, collaboration);
        navigate(VerifyAgreementView.class);
        assertGerman("verify a PDF");
        test($(Upload.class).id("verify-upload")).upload("vereinbarung.pdf", "application/pdf", "%PDF-1.4 kein Fingerabdruck".getBytes());
        assertGerman("verify a PDF, with its result");
        assertThat(agreement).isPositive();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void theCoordinatorsOverviewIsGerman() {
        navigate(AgreementsView.class);
        assertThat(test($(Grid.class).id("programme-agreements-grid")).size()).isPositive();
        assertGerman("the programmes' agreements");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void theTemplatesAreGerman() {
        navigate(AgreementTemplatesView.class);
        Grid<TemplateVersion> grid = $(Grid.class).id("templates-grid");
        grid.asSingleSelect().setValue(grid.getListDataView().getItems().findFirst().orElseThrow());
        assertGerman("the agreement templates");
        // the template engine's problems, two at once, each in German
        test($(TextArea.class).id("template-body")).setValue("{{/if}} {{#if sponsorOwns}}offen");
        test($(Button.class).id("template-preview")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ein {{/if}} schließt einen Abschnitt, der nie geöffnet wurde. "
                + "Ein {{#if}}- oder {{#unless}}-Abschnitt wird nie geschlossen.");
    }
}
