package org.crossfield.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkChanges;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.FrameworkImportException;
import org.crossfield.competency.FrameworkVersion;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Text;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;
import org.crossfield.platform.ui.Uploads;

/** Administrators see the competency framework, export it as CSV and import a changed one as a new version. */
@Route("admin/framework")
@PageTitle("Competency framework")
@Menu(order = 90, icon = "vaadin:sitemap", title = "Competency framework")
@RolesAllowed(Roles.ADMIN)
public class FrameworkAdminView extends VerticalLayout {

    private final CompetencyFrameworkService frameworks;
    private final Grid<CompetencySummary> competencies = new Grid<>();
    private final Grid<FrameworkVersion> versions = new Grid<>();
    private final Span activeLabel = new Span();
    private final Div importProblems = new Div();
    private final TextField versionLabel = new TextField(getTranslation("competency.framework.version-label"));
    private final VerticalLayout preview = new VerticalLayout();
    private byte[] pendingCsv;

    public FrameworkAdminView(CompetencyFrameworkService frameworks) {
        this.frameworks = frameworks;
        setId("framework-admin");
        setWidthFull();

        activeLabel.setId("active-framework");
        Anchor export = new Anchor(Downloads.of(() -> new Downloads.File("competency-framework.csv", "text/csv",
                frameworks.exportCsv())), "");
        Button exportButton = new Button(getTranslation("competency.framework.export"), new Icon(VaadinIcon.DOWNLOAD));
        export.add(exportButton);
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);

        competencies.setId("competency-grid");
        competencies.addColumn(CompetencySummary::code).setHeader(getTranslation("competency.framework.column.code")).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        competencies.addColumn(c -> ReferenceNames.competencyGroup(c.area(), getLocale())).setHeader(getTranslation("competency.framework.column.area")).setAutoWidth(true).setSortable(true);
        competencies.addColumn(c -> ReferenceNames.competency(c.code(), c.title(), getLocale())).setHeader(getTranslation("competency.framework.column.competency")).setFlexGrow(3);
        competencies.addColumn(CompetencySummary::source).setHeader(getTranslation("competency.framework.column.source")).setAutoWidth(true);
        competencies.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        competencies.setHeight("28rem");
        competencies.getStyle().set("flex-shrink", "0");

        versions.setId("version-grid");
        versions.addColumn(FrameworkVersion::versionLabel).setHeader(getTranslation("competency.framework.column.version")).setFlexGrow(2);
        versions.addColumn(v -> v.active() ? getTranslation("competency.framework.active") : "")
                .setHeader(getTranslation("competency.framework.column.status")).setAutoWidth(true);
        versions.addColumn(FrameworkVersion::competencies).setHeader(getTranslation("competency.framework.column.competencies")).setAutoWidth(true);
        versions.addColumn(FrameworkVersion::importedBy).setHeader(getTranslation("competency.framework.column.imported-by")).setAutoWidth(true);
        versions.addColumn(v -> Dates.when(v.createdAt(), getLocale())).setHeader(getTranslation("competency.framework.column.when")).setAutoWidth(true);
        versions.addComponentColumn(this::reactivate).setHeader("").setAutoWidth(true);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);

        add(new HorizontalLayout(activeLabel, export), competencies, new H3(getTranslation("competency.framework.import-heading")), importSection(),
                new H3(getTranslation("competency.framework.versions")), versions);
        refresh();
    }

    private VerticalLayout importSection() {
        Paragraph help = new Paragraph(getTranslation("competency.framework.import-help"));
        help.addClassName("cf-muted");
        versionLabel.setId("version-label");
        versionLabel.setPlaceholder(getTranslation("competency.framework.version-placeholder"));
        versionLabel.setMaxLength(80);
        versionLabel.setWidth("24rem");
        versionLabel.setRequiredIndicatorVisible(true);
        versionLabel.setHelperText(getTranslation("competency.framework.version-help"));
        Upload upload = Uploads.oneFile("import-csv", getTranslation("competency.framework.file-rule"), 1_000_000,
                (fileName, bytes) -> previewCsv(fileName, bytes), ".csv", "text/csv");
        importProblems.setId("import-problems");
        importProblems.addClassName("cf-errors");
        importProblems.setVisible(false);
        preview.setId("import-preview");
        preview.setPadding(false);
        preview.setVisible(false);
        VerticalLayout section = new VerticalLayout(help, upload, importProblems, preview);
        section.setPadding(false);
        return section;
    }

    /** Checks the file and shows what it would change; nothing is written. */
    private void previewCsv(String fileName, byte[] bytes) {
        importProblems.setVisible(false);
        preview.setVisible(false);
        pendingCsv = null;
        try {
            FrameworkChanges changes = frameworks.previewImport(bytes);
            pendingCsv = bytes;
            showPreview(fileName, changes);
        } catch (FrameworkImportException e) {
            showProblems(fileName, e.details());
        }
    }

    private void showPreview(String fileName, FrameworkChanges c) {
        preview.removeAll();
        Paragraph summary = new Paragraph(getTranslation("competency.framework.preview-summary", fileName, c.competencies(),
                c.activeLabel(), c.unchanged() ? getTranslation("competency.framework.nothing-changes")
                        : getTranslation("competency.framework.changes", c.added().size(), c.removed().size(), c.renamed().size(),
                                c.regrouped().size())));
        summary.setId("preview-summary");
        preview.add(new H3(getTranslation("competency.framework.what-would-change")), summary);
        list(getTranslation("competency.framework.added"), "preview-added", c.added().stream().map(a -> a.code() + " — " + a.title() + " (" + a.area() + ")").toList());
        list(getTranslation("competency.framework.removed"), "preview-removed", c.removed().stream().map(a -> a.code() + " — " + a.title()).toList());
        list(getTranslation("competency.framework.renamed"), "preview-renamed", c.renamed().stream()
                .map(a -> getTranslation("competency.framework.renamed-line", a.code(), a.before(), a.after())).toList());
        list(getTranslation("competency.framework.regrouped"), "preview-regrouped", c.regrouped().stream()
                .map(a -> getTranslation("competency.framework.regrouped-line", a.code(), a.before(), a.after())).toList());
        if (c.profileEntriesAffected() > 0) {
            Paragraph affected = new Paragraph(getTranslation("competency.framework.affected", c.profileEntriesAffected()));
            affected.setId("preview-affected");
            preview.add(affected);
        }
        Button activate = new Button(getTranslation("competency.framework.activate"), e -> confirmActivate(c));
        activate.setId("activate-import");
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("competency.framework.discard"), e -> {
            pendingCsv = null;
            preview.setVisible(false);
        });
        discard.setId("discard-import");
        HorizontalLayout row = new HorizontalLayout(versionLabel, activate, discard);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        preview.add(row);
        preview.setVisible(true);
    }

    private void list(String heading, String id, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList(items.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        preview.add(new Span(getTranslation("competency.framework.list-heading", heading, items.size())), list);
    }

    private void confirmActivate(FrameworkChanges c) {
        if (versionLabel.getValue().isBlank()) {
            versionLabel.setErrorMessage(getTranslation("competency.framework.label-required"));
            versionLabel.setInvalid(true);
            return;
        }
        versionLabel.setInvalid(false);
        byte[] csv = pendingCsv;
        String label = versionLabel.getValue().strip();
        Confirmation.of(getTranslation("competency.framework.activate-question", label))
                .happens(getTranslation("competency.framework.activate-happens"))
                .concerns(getTranslation("competency.framework.activate-concerns", c.competencies(), c.added().size(),
                        c.removed().size(), c.renamed().size(), c.regrouped().size()))
                .told(getTranslation("competency.framework.activate-told"))
                .open(getTranslation("competency.framework.confirm-activate"), "confirm-activate-import", () -> importCsv(csv, label));
    }

    private void importCsv(byte[] bytes, String label) {
        try {
            FrameworkVersion imported = frameworks.importCsv(bytes, label);
            Notices.success(getTranslation("competency.framework.imported", imported.versionLabel(), imported.competencies()));
            versionLabel.clear();
            pendingCsv = null;
            preview.setVisible(false);
            refresh();
        } catch (FrameworkImportException e) {
            showProblems(null, e.details());
        }
    }

    private Button reactivate(FrameworkVersion v) {
        Button button = new Button(getTranslation("competency.framework.make-active"), e -> Confirmation.of(
                getTranslation("competency.framework.reactivate-question", v.versionLabel()))
                .happens(getTranslation("competency.framework.reactivate-happens", v.versionLabel()))
                .concerns(getTranslation("competency.framework.reactivate-concerns", v.competencies()))
                .told(getTranslation("competency.framework.reactivate-told"))
                .open(getTranslation("competency.framework.confirm-reactivate"), "confirm-reactivate", () -> {
                    try {
                        frameworks.activate(v.id());
                        Notices.success(getTranslation("competency.framework.reactivated", v.versionLabel()));
                    } catch (FrameworkImportException ex) {
                        Notices.error(String.join(" ", ex.details().stream().map(this::say).toList()));
                    }
                    refresh();
                }));
        button.setId("reactivate-" + v.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setVisible(!v.active());
        return button;
    }

    private void showProblems(String fileName, List<Text> problems) {
        importProblems.removeAll();
        importProblems.add(new Div(new Span(fileName == null
                ? getTranslation("competency.framework.nothing-imported", problems.size())
                : getTranslation("competency.framework.cannot-be-used", fileName, problems.size()))));
        problems.forEach(p -> importProblems.add(new Div(new Span(say(p)))));
        importProblems.setVisible(true);
    }

    /** A problem in the person's language (its English text when it has no key). */
    private String say(Text problem) {
        String text = Messages.text(problem);
        return text == null ? problem.english() : text;
    }

    private void refresh() {
        FrameworkDetails active = frameworks.activeFramework();
        activeLabel.setText(getTranslation("competency.framework.active-label", active.versionLabel(), active.competencies().size()));
        competencies.setItems(active.competencies());
        versions.setItems(frameworks.versions());
    }
}
