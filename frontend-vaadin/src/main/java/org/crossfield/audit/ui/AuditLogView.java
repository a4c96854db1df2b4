package org.crossfield.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crossfield.audit.AuditCsvNames;
import org.crossfield.audit.AuditEntry;
import org.crossfield.audit.AuditFilter;
import org.crossfield.audit.AuditLog;
import org.crossfield.audit.AuditVerification;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Translations;
import org.crossfield.identity.Roles;
import org.crossfield.platform.audit.AuditDetail;
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
    private final ComboBox<String> objectType = new ComboBox<>();
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
        action.setItemLabelGenerator(this::actionName);
        action.setAllowCustomValue(true); // a code or a prefix ending in * (ACCOUNT_*), as the help says
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setClearButtonVisible(true);
        action.setWidth("16rem");
        objectType.setId("audit-object-type");
        objectType.setLabel(t("object-type"));
        objectType.setPlaceholder(t("any-object-type"));
        objectType.setItems(log.objectTypes());
        objectType.setItemLabelGenerator(this::objectTypeName);
        objectType.setAllowCustomValue(true);
        objectType.addCustomValueSetListener(e -> objectType.setValue(e.getDetail()));
        objectType.setClearButtonVisible(true);
        objectType.setWidth("14rem");
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
            log.writeCsv(filter(), csv, csvNames());
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
        // at 1280 px (with the menu open) every column fits without scrolling sideways: time, outcome and number take
        // their content's width, the others start narrow and share what is left, who and about twice as much; the
        // person's id, the action's code and any text cut short are in the cell's tooltip, and columns can be resized
        grid.addColumn(this::when).setHeader(t("when")).setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(this::who).setHeader(t("who")).setTooltipGenerator(this::whoInFull).setWidth("8.5rem")
                .setFlexGrow(2).setResizable(true).setKey("who");
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader(t("from-address"))
                .setTooltipGenerator(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setWidth("5.5rem")
                .setFlexGrow(0).setResizable(true).setKey("address");
        grid.addColumn(e -> actionName(e.action())).setHeader(t("action-column")).setTooltipGenerator(AuditEntry::action)
                .setWidth("9rem").setFlexGrow(1).setResizable(true).setKey("action");
        grid.addColumn(this::object).setHeader(t("object")).setTooltipGenerator(this::object).setWidth("6.5rem")
                .setFlexGrow(1).setResizable(true).setKey("object");
        grid.addColumn(this::about).setHeader(t("about")).setTooltipGenerator(this::aboutInFull).setWidth("8.5rem")
                .setFlexGrow(2).setResizable(true).setKey("about");
        grid.addColumn(e -> outcomeName(e.outcome())).setHeader(t("outcome")).setAutoWidth(true).setFlexGrow(0)
                .setKey("outcome");
        grid.addColumn(this::details).setHeader(t("details"))
                .setTooltipGenerator(this::details).setWidth("5rem").setFlexGrow(1)
                .setResizable(true).setKey("details");
        grid.addColumn(AuditEntry::seq).setHeader(t("number")).setAutoWidth(true).setFlexGrow(0).setKey("number");
        // A click on a row opens what the narrow columns cut short at 1280 px, in full, under the row.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::inFull));
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

    String who(AuditEntry e) {
        return e.actorId() == null ? "—" : e.actorName() == null ? t("unnamed-id", e.actorId().toString()) : e.actorName();
    }

    private String whoInFull(AuditEntry e) {
        return e.actorId() == null ? "—" : t("person-id", who(e), e.actorId().toString());
    }

    String about(AuditEntry e) {
        return e.subjectId() == null ? "" : e.subjectName() == null ? t("unnamed-id", e.subjectId().toString()) : e.subjectName();
    }

    private String aboutInFull(AuditEntry e) {
        return e.subjectId() == null ? "" : t("person-id", about(e), e.subjectId().toString());
    }

    /** The readable name of an action code; the code itself for one this version has no name for (an older entry). */
    String actionName(String code) {
        return named("audit.action." + code, code);
    }

    String objectTypeName(String code) {
        return named("audit.object-type." + code, code);
    }

    String outcomeName(String code) {
        return named("audit.outcome." + code, code);
    }

    /** The object as a person reads it: its kind and its number ("Person #1"), or its kind and key. */
    String object(AuditEntry e) {
        return object(e, this::getTranslation);
    }

    private static String object(AuditEntry e, Translator translate) {
        if (e.objectType() == null) {
            return "";
        }
        String kind = named(translate, "audit.object-type." + e.objectType(), e.objectType());
        if (e.objectId() == null) {
            return kind;
        }
        return translate.text(e.objectId().matches("\\d{1,18}") ? "audit.log.object-numbered" : "audit.log.object-named",
                kind, e.objectId());
    }

    /** Under a clicked row: who, from which address, about whom and the details, each in full. */
    Div inFull(AuditEntry e) {
        Div box = new Div();
        box.addClassName("cf-muted");
        box.getStyle().set("white-space", "normal").set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)");
        String address = e.remoteAddress() == null ? "" : e.remoteAddress();
        for (String[] line : List.of(new String[] {"who", whoInFull(e)}, new String[] {"from-address", address},
                new String[] {"about", aboutInFull(e)}, new String[] {"details", details(e)})) {
            if (line[1] != null && !line[1].isBlank()) {
                Div row = new Div(t("in-full", t(line[0]), line[1]));
                row.setId("audit-in-full-" + line[0]);
                box.add(row);
            }
        }
        return box;
    }

    /** The entry's short text in the screen's language; an entry written before keys were kept shows its English. */
    String details(AuditEntry e) {
        return details(e, this::getTranslation, getLocale());
    }

    private static String details(AuditEntry e, Translator translate, Locale locale) {
        String english = e.details() == null ? "" : e.details();
        AuditDetail detail = AuditDetail.forKey(e.detailKey()).orElse(null);
        if (detail == null || !Translations.has(e.detailKey()) || e.detailArguments().size() != detail.arguments().size()) {
            return english; // no key (an older entry), or one this version does not know: the text it was stored with
        }
        Locale language = Translations.supported(locale);
        Object[] words = new Object[detail.arguments().size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = argument(detail.arguments().get(i), e.detailKey(), e.detailArguments().get(i), translate, language);
        }
        return translate.text(e.detailKey(), words);
    }

    /** One stored argument said in the language; one that does not read as what it should be is said as stored. */
    private static String argument(AuditDetail.Argument kind, String key, String value, Translator translate, Locale language) {
        return switch (kind) {
            case TEXT -> value;
            case NUMBER -> number(value, language);
            case DATE -> day(value, language);
            // a code without a name of its own (e.g. a sign-in refused for a reason not named yet) is said by the
            // detail's generic name where it has one, never as a Java class name
            case CODE -> Translations.has(key + "." + value) || !Translations.has(key + AuditDetail.OTHER_CODE)
                    ? named(translate, key + "." + value, value) : translate.text(key + AuditDetail.OTHER_CODE);
            case ROLES -> value.isEmpty() ? translate.text(AuditDetail.NO_ROLES) : Stream.of(value.split(","))
                    .map(role -> Translations.has("identity.role." + role) ? translate.text("identity.role." + role) : role)
                    .collect(Collectors.joining(", "));
            case ORGANISATION -> value.isEmpty() ? translate.text(AuditDetail.NO_ORGANISATION) : value;
        };
    }

    /** A number with all its decimals (a figure is evidence), grouped and separated as the language writes numbers. */
    private static String number(String value, Locale language) {
        try {
            BigDecimal number = new BigDecimal(value);
            NumberFormat format = NumberFormat.getNumberInstance(language);
            format.setMaximumFractionDigits(Math.max(0, number.scale()));
            return format.format(number);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String day(String value, Locale language) {
        try {
            return DateTimeFormatter.ofPattern(Dates.typedPattern(language), language).format(LocalDate.parse(value));
        } catch (DateTimeParseException notADay) {
            return value;
        }
    }

    private String named(String key, String code) {
        return named(this::getTranslation, key, code);
    }

    private static String named(Translator translate, String key, String code) {
        return code == null ? "" : Translations.has(key) ? translate.text(key) : code;
    }

    /**
     * The CSV export's headings and names in the screen's language, through the translations themselves: the download
     * is written in a request of its own.
     */
    AuditCsvNames csvNames() {
        Locale language = getLocale();
        Translations translations = new Translations();
        Translator translate = (key, arguments) -> translations.getTranslation(key, language, arguments);
        List<String> headings = Stream.of("number", "when", "who-id", "who", "from-address", "action", "action-code",
                "object", "object-type", "object-id", "about-id", "about", "outcome", "outcome-code", "details", "hash")
                .map(key -> translate.text("audit.csv." + key)).toList();
        return new AuditCsvNames() {

            @Override
            public List<String> headings() {
                return headings;
            }

            @Override
            public String action(String code) {
                return named(translate, "audit.action." + code, code);
            }

            @Override
            public String object(AuditEntry entry) {
                return AuditLogView.object(entry, translate);
            }

            @Override
            public String outcome(String code) {
                return named(translate, "audit.outcome." + code, code);
            }

            @Override
            public String details(AuditEntry entry) {
                return AuditLogView.details(entry, translate, language);
            }
        };
    }

    /** A translation in some language: the screen's, or the one taken for a download. */
    @FunctionalInterface
    private interface Translator {
        String text(String key, Object... arguments);
    }

    private String t(String key, Object... arguments) {
        return getTranslation("audit.log." + key, arguments);
    }

    /** The moment of an entry to the second, as the screen's language writes dates, in the person's time zone. */
    String when(AuditEntry e) {
        return DateTimeFormatter.ofPattern(Dates.typedPattern(getLocale()) + " HH:mm:ss", Translations.supported(getLocale()))
                .withZone(Dates.zone()).format(e.occurredAt());
    }
}
