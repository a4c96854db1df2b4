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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.crossfield.Application;
import org.crossfield.audit.AuditEntry;
import org.crossfield.audit.AuditFilter;
import org.crossfield.audit.AuditLog;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
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
 * and after checking the chain; actions, objects, outcomes and the entries' short texts (numbers and dates as German
 * writes them) by their German names, on the screen and in the CSV export.
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

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void detailsAreGermanOnTheScreenAndInTheCsvAndOlderEntriesKeepTheirEnglish() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.KPI_CHANGED, "KPI_TARGET", object).withDetail(AuditDetail.TARGET_SET,
                new BigDecimal("1250.5"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        events.publishEvent(AuditEvent.of(AuditActions.APPLICATION_DECIDED, "APPLICATION", object)
                .withDetail(AuditDetail.APPLICATION_DECISION, "OFFER_ACCEPTED"));
        events.publishEvent(AuditEvent.of(AuditActions.POSTING_REJECTED, "PROJECT", object).withDetail(AuditDetail.SENT_BACK));
        events.publishEvent(AuditEvent.of(AuditActions.ACCOUNT_PREFIX + "ROLES_CHANGED", "PERSON", object)
                .withDetail(AuditDetail.ROLES_CHANGED, "", "COORDINATOR,MENTOR"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        AuditLogView view = navigate(AuditLogView.class);
        test($(TextField.class).id("audit-object-id")).setValue(object);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(4);
        int details = test(grid).getColumnPosition("details");
        assertThat(IntStream.range(0, 4).mapToObj(i -> test(grid).getCellText(i, details))).containsExactly(
                "keine Rollen → Koordinator/in, Mentor/in", "Zurückgeschickt", "Angebot angenommen",
                "Zielwert 1.250,5 für 01.01.2027 bis 31.03.2027");
        assertThat(test(grid).getRow(3).details()).as("the English text stays stored")
                .isEqualTo("Target 1250.5 for 2027-01-01 to 2027-03-31");

        StringWriter csv = new StringWriter();
        log.writeCsv(new AuditFilter(null, null, "KPI_TARGET", object, null, null), csv, view.csvNames());
        assertThat(csv.toString().split("\\r?\\n")[1])
                .contains(",Erledigt,SUCCESS,\"Zielwert 1.250,5 für 01.01.2027 bis 31.03.2027\",");

        // an entry written before keys were kept, and one with a key this version does not know, show their English
        AuditEntry older = new AuditEntry(1, Instant.now(), null, null, null, AuditActions.TEMPLATE_CHANGED,
                "AGREEMENT_TEMPLATE", "IP", null, null, "SUCCESS", "Version 2", null, List.of(), "0".repeat(64));
        assertThat(view.details(older)).isEqualTo("Version 2");
        AuditEntry newer = new AuditEntry(2, Instant.now(), null, null, null, AuditActions.TEMPLATE_CHANGED,
                "AGREEMENT_TEMPLATE", "IP", null, null, "SUCCESS", "Restored", "audit.detail.restored", List.of(), "0".repeat(64));
        assertThat(view.details(newer)).isEqualTo("Restored");
        assertThat(view.csvNames().details(older)).isEqualTo("Version 2");

        // a sign-in refused for a reason without a name of its own: a generic name, never the exception's class name
        AuditEntry unnamed = new AuditEntry(3, Instant.now(), null, null, null, AuditActions.SIGN_IN_FAILED, null, null, null,
                null, "FAILURE", "ProviderNotFoundException", AuditDetail.SIGN_IN_REFUSED.key(),
                List.of("ProviderNotFoundException"), "0".repeat(64));
        assertThat(view.details(unnamed)).isEqualTo("Anderer Grund");
        AuditEntry unknownAddress = new AuditEntry(4, Instant.now(), null, null, null, AuditActions.SIGN_IN_FAILED, null, null,
                null, null, "FAILURE", "Unknown address; ProviderNotFoundException", AuditDetail.SIGN_IN_UNKNOWN_ADDRESS.key(),
                List.of("ProviderNotFoundException"), "0".repeat(64));
        assertThat(view.details(unknownAddress)).isEqualTo("Adresse ohne Konto; anderer Grund");
        AuditEntry named = new AuditEntry(5, Instant.now(), null, null, null, AuditActions.SIGN_IN_FAILED, null, null, null,
                null, "FAILURE", "BadCredentialsException", AuditDetail.SIGN_IN_REFUSED.key(), List.of("BadCredentialsException"),
                "0".repeat(64));
        assertThat(view.details(named)).isEqualTo("Falsches Passwort");
    }
}
