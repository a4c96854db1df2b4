package org.crossfield.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.crossfield.audit.AuditEntry;
import org.crossfield.audit.AuditFilter;
import org.crossfield.audit.AuditLog;
import org.crossfield.audit.AuditVerification;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Translations;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;

/**
 * Administrators search the audit log (person, action, object, period) in a lazy grid, newest first, export what they
 * found as CSV (cells neutralised against formula injection) and check the chain (docs/privacy.md, "Audit log").
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 96, icon = "vaadin:file-search", title = "Audit log")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout {

    private final AuditLog log;
    private final TextField person = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField objectType = new TextField();
    private final TextField objectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph chain = new Paragraph();

    public AuditLogView(AuditLog log) {
        this.log = log;
        setId("audit-log");
        setSizeFull();

        person.setId("audit-person");
        person.setLabel(t("person"));
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setWidth("16rem");
        action.setId("audit-action");
        action.setPlaceholder(t("action"));
        action.setLabel(t("action"));
        action.setItems(log.actions());
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setClearButtonVisible(true);
        action.setWidth("16rem");
        objectType.setId("audit-object-type");
        objectType.setLabel(t("object-type"));
        objectType.setClearButtonVisible(true);
        objectType.setValueChangeMode(ValueChangeMode.LAZY);
        objectId.setId("audit-object-id");
        objectId.setLabel(t("object-id"));
        objectId.setClearButtonVisible(true);
        objectId.setValueChangeMode(ValueChangeMode.LAZY);
        objectId.setWidth("8rem");
        from.setId("audit-from");
        Dates.localise(from);
        from.setLabel(t("from")); // a visible label: the date fields' placeholder shows the format, not what they filter
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        Dates.localise(to);
        to.setLabel(t("to")); // a visible label: the date fields' placeholder shows the format, not what they filter
        to.setClearButtonVisible(true);

        Anchor export = new Anchor(Downloads.of(() -> {
            StringWriter csv = new StringWriter();
            log.writeCsv(filter(), csv);
            return new Downloads.File("audit-log.csv", "text/csv;charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
        }), "");
        export.add(new Button(t("export"), new Icon(VaadinIcon.DOWNLOAD)));
        export.setId("audit-export");
        export.getElement().setAttribute("download", true);
        Button verify = new Button(t("verify"), new Icon(VaadinIcon.CHECK_CIRCLE_O), e -> verify());
        verify.setId("audit-verify");

        HorizontalLayout filters = new HorizontalLayout(person, action, objectType, objectId, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(export, verify);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        chain.setId("audit-chain-result");
        chain.setVisible(false);

        grid.setId("audit-grid");
        grid.addColumn(e -> when(e)).setHeader(t("when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actorId() == null ? "—" : name(e.actorName(), e.actorId())).setHeader(t("who")).setFlexGrow(1);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader(t("from-address")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader(t("action-column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.objectType() == null ? "" : e.objectType() + (e.objectId() == null ? "" : " " + e.objectId()))
                .setHeader(t("object")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.subjectId() == null ? "" : name(e.subjectName(), e.subjectId())).setHeader(t("about")).setFlexGrow(1);
        grid.addColumn(AuditEntry::outcome).setHeader(t("outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(t("details")).setFlexGrow(2);
        grid.addColumn(AuditEntry::seq).setHeader(t("number")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("empty"));
        grid.setItemsPageable(page -> log.search(filter(), page).getContent());
        grid.setSizeFull();

        person.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        objectId.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        add(new H2(t("heading")), filters, tools, chain, grid);
        setFlexGrow(1, grid);
    }

    AuditFilter filter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        ZoneId zone = Dates.zone();
        return new AuditFilter(person.getValue(), action.getValue(), objectType.getValue(), objectId.getValue(),
                start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void verify() {
        AuditVerification result = log.verify();
        chain.setVisible(true);
        if (result.intact()) {
            chain.setText(t("intact", result.checked(), String.valueOf(result.headSeq()), result.headHash()));
            Notices.success(t("intact-notice"));
        } else {
            chain.setText(t("broken", String.valueOf(result.brokenSeq()), result.problem()));
            Notices.error(t("broken-notice", String.valueOf(result.brokenSeq())));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String name(String name, long id) {
        return (name == null ? t("unnamed") : name) + " (" + id + ")";
    }

    private String t(String key, Object... arguments) {
        return getTranslation("audit.log." + key, arguments);
    }

    /** The moment of an entry to the second, as the screen's language writes dates, in the person's time zone. */
    private String when(AuditEntry e) {
        return DateTimeFormatter.ofPattern(Dates.typedPattern(getLocale()) + " HH:mm:ss", Translations.supported(getLocale()))
                .withZone(Dates.zone()).format(e.occurredAt());
    }
}
