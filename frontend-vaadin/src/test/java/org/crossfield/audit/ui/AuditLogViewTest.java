package org.crossfield.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.util.UUID;
import java.util.stream.IntStream;
import org.crossfield.Application;
import org.crossfield.audit.AuditEntry;
import org.crossfield.audit.AuditFilter;
import org.crossfield.audit.AuditLog;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AuditLogViewTest extends SpringBrowserlessTest {

    /** A detail whose first argument is said as stored: a marker that finds a test's entry among the others. */
    private static final AuditDetail MARKER = AuditDetail.ORGANISATION_CHANGED;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog log;

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdministratorFindsAnEntryExportsAndChecksTheChain() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetail(AuditDetail.VERSION, 1234));
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-object-id")).setValue(object);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).details()).isEqualTo("Version 1234");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("details"))).isEqualTo("Version 1,234");
        assertThat(test(grid).getRow(0).actorName()).isNotBlank();
        assertThat($(Anchor.class).id("audit-export").getHref()).isNotBlank();
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Paragraph.class).id("audit-chain-result").getText()).startsWith("The chain is intact");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void actionsAndObjectsAreShownByName() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.PERSONAL_DATA_EXPORTED, "PERSON", 1L).withDetail(MARKER, object, ""));
        events.publishEvent(AuditEvent.of(AuditActions.AGREEMENT_PREFIX + "SIGNED", "AGREEMENT", 7L).withDetail(MARKER, object, ""));
        navigate(AuditLogView.class);
        // the action's choice names the actions too, and still filters by code
        ComboBox<String> action = $(ComboBox.class).id("audit-action");
        assertThat(action.getItemLabelGenerator().apply(AuditActions.SIGN_IN_FAILED)).isEqualTo("Sign-in failed");
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        int signed = row(grid, object, "AGREEMENT_SIGNED");
        int exported = row(grid, object, AuditActions.PERSONAL_DATA_EXPORTED);
        int actionColumn = test(grid).getColumnPosition("action");
        int objectColumn = test(grid).getColumnPosition("object");
        assertThat(test(grid).getCellText(signed, actionColumn)).isEqualTo("Agreement signed");
        assertThat(test(grid).getCellText(signed, objectColumn)).isEqualTo("Agreement #7");
        assertThat(test(grid).getCellText(exported, actionColumn)).isEqualTo("Personal data exported");
        assertThat(test(grid).getCellText(exported, objectColumn)).isEqualTo("Person #1");
        assertThat(test(grid).getCellText(exported, test(grid).getColumnPosition("outcome"))).isEqualTo("Done");
        // Who and About take what is left of the width; the full text is in a tooltip
        assertThat(grid.getColumnByKey("who").getFlexGrow()).isPositive();
        assertThat(grid.getColumnByKey("about").getFlexGrow()).isPositive();
        assertThat(grid.getColumns()).filteredOn(c -> c.getFlexGrow() == 0).extracting(Grid.Column::getKey)
                .containsExactlyInAnyOrder("when", "address", "outcome", "number");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aClickedRowShowsWhatTheNarrowColumnsCutShortInFull() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.PERSONAL_DATA_EXPORTED, "PERSON", 1L).withDetail(MARKER, object, ""));
        AuditLogView view = navigate(AuditLogView.class);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        AuditEntry entry = test(grid).getRow(row(grid, object, AuditActions.PERSONAL_DATA_EXPORTED));
        String details = view.details(entry);
        assertThat(details).as("the entry has details to show").contains(object);
        assertThat(view.inFull(entry).getElement().getTextRecursively()).contains("Details: " + details);
        assertThat(grid.isDetailsVisibleOnClick()).as("a click opens them").isTrue();
    }

    /** The row (among the newest) of the entry with this marker (the first argument of its details) and action. */
    private int row(Grid<AuditEntry> grid, String marker, String action) {
        return IntStream.range(0, Math.min(test(grid).size(), 50))
                .filter(i -> test(grid).getRow(i).detailArguments().contains(marker) && action.equals(test(grid).getRow(i).action()))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theCsvExportHasHeadingsAndNamesInThePersonsLanguageAndTheCodesForMachines() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.CV_DOWNLOADED, "APPLICATION", 12L).withDetail(MARKER, object, ""));
        AuditLogView view = navigate(AuditLogView.class);
        StringWriter csv = new StringWriter();
        int rows = log.writeCsv(new AuditFilter(null, null, "APPLICATION", "12", null, null), csv, view.csvNames());
        assertThat(rows).isPositive();
        String[] lines = csv.toString().split("\r?\n");
        assertThat(lines[0]).isEqualTo("No.,When (UTC),Who (id),Who,From address,Action,Action code,Object,Object type code,"
                + "Object id,About (id),About,Outcome,Outcome code,Details,Hash (SHA-256)");
        assertThat(lines[1]).contains(",CV downloaded,CV_DOWNLOADED,Application #12,APPLICATION,12,", ",Done,SUCCESS,"
                + object + " → none,");
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void nobodyButAnAdministratorOpensTheLog() {
        try {
            navigate(AuditLogView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }
}
