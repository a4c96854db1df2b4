package org.crossfield.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.util.Locale;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.audit.AuditEntry;
import org.crossfield.audit.AuditFilter;
import org.crossfield.audit.AuditLog;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator's {@link AuditLogView} in German, with no untranslated key and no common English UI word, before
 * and after checking the chain; actions, objects and outcomes by their German names, on the screen and in the CSV
 * export.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AuditGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog log;

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theAuditLogIsGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AuditLogView.class);
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts on the audit log").isEmpty();
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Paragraph.class).id("audit-chain-result").getText()).startsWith("Die Kette ist");
        assertThat(ScreenTexts.untranslated(UI.getCurrent())).as("untranslated texts after the check").isEmpty();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void actionsObjectsAndTheCsvHeadingsAreGerman() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.CV_DOWNLOADED, "APPLICATION", object));
        UI.getCurrent().setLocale(Locale.GERMAN);
        AuditLogView view = navigate(AuditLogView.class);
        ComboBox<String> action = $(ComboBox.class).id("audit-action");
        assertThat(action.getItemLabelGenerator().apply("ACCOUNT_ROLES_CHANGED")).isEqualTo("Rollen geändert");
        test($(TextField.class).id("audit-object-id")).setValue(object);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("action"))).isEqualTo("Lebenslauf heruntergeladen");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("object"))).isEqualTo("Bewerbung " + object);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("outcome"))).isEqualTo("Erledigt");

        StringWriter csv = new StringWriter();
        log.writeCsv(new AuditFilter(null, null, "APPLICATION", object, null, null), csv, view.csvNames());
        String[] lines = csv.toString().split("\\r?\\n");
        assertThat(lines[0]).isEqualTo("Nr.,Wann (UTC),Wer (Kennung),Wer,Von Adresse,Aktion,Aktionscode,Objekt,Objekttyp-Code,"
                + "Objektkennung,Betrifft (Kennung),Betrifft,Ergebnis,Ergebniscode,Einzelheiten,Hashwert (SHA-256)");
        assertThat(lines[1]).contains(",Lebenslauf heruntergeladen,CV_DOWNLOADED,Bewerbung " + object + ",APPLICATION,",
                ",Erledigt,SUCCESS,");
    }
}
