package org.crossfield.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkChanges;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.FrameworkImportException;
import org.crossfield.competency.FrameworkVersion;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CompetencyFrameworkService frameworks;
    private final Grid<CompetencySummary> competencies = new Grid<>();
    private final Grid<FrameworkVersion> versions = new Grid<>();
    private final Span activeLabel = new Span();
    private final Div importProblems = new Div();
    private final TextField versionLabel = new TextField("Label for the new version");
    private final VerticalLayout preview = new VerticalLayout();
    private byte[] pendingCsv;

    public FrameworkAdminView(CompetencyFrameworkService frameworks) {
        this.frameworks = frameworks;
        setId("framework-admin");
        setWidthFull();

        activeLabel.setId("active-framework");
        Anchor export = new Anchor(Downloads.of(() -> new Downloads.File("competency-framework.csv", "text/csv",
                frameworks.exportCsv())), "");
        Button exportButton = new Button("Export CSV", new Icon(VaadinIcon.DOWNLOAD));
        export.add(exportButton);
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);

        competencies.setId("competency-grid");
        competencies.addColumn(CompetencySummary::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        competencies.addColumn(CompetencySummary::area).setHeader("Area").setAutoWidth(true).setSortable(true);
        competencies.addColumn(CompetencySummary::title).setHeader("Competency").setFlexGrow(3);
        competencies.addColumn(CompetencySummary::source).setHeader("Source").setAutoWidth(true);
        competencies.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        competencies.setHeight("28rem");
        competencies.getStyle().set("flex-shrink", "0");

        versions.setId("version-grid");
        versions.addColumn(FrameworkVersion::versionLabel).setHeader("Version").setFlexGrow(2);
        versions.addColumn(v -> v.active() ? "Active" : "").setHeader("Status").setAutoWidth(true);
        versions.addColumn(FrameworkVersion::competencies).setHeader("Competencies").setAutoWidth(true);
        versions.addColumn(FrameworkVersion::importedBy).setHeader("Imported by").setAutoWidth(true);
        versions.addColumn(v -> WHEN.format(v.createdAt())).setHeader("When").setAutoWidth(true);
        versions.addComponentColumn(this::reactivate).setHeader("").setAutoWidth(true);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);

        add(new HorizontalLayout(activeLabel, export), competencies, new H3("Import a new version"), importSection(),
                new H3("Versions"), versions);
        refresh();
    }

    private VerticalLayout importSection() {
        Paragraph help = new Paragraph("Upload a CSV with the header code,group,title,source (the export is a good start). "
                + "Crossfield checks every line and shows what would change (competencies added, removed, renamed or moved "
                + "to another group); nothing changes until you activate the new version. Proficiency levels (1–5) are the "
                + "same for every competency and are not part of the file.");
        help.addClassName("cf-muted");
        versionLabel.setId("version-label");
        versionLabel.setPlaceholder("e.g. Health extension v2 (2027)");
        versionLabel.setMaxLength(80);
        versionLabel.setWidth("24rem");
        versionLabel.setRequiredIndicatorVisible(true);
        versionLabel.setHelperText("Required: people see it on the framework and in the list of versions.");
        Upload upload = Uploads.oneFile("import-csv", "The framework must be a .csv file (UTF-8) of at most 1 MB.", 1_000_000,
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
            showProblems(fileName, e.problems());
        }
    }

    private void showPreview(String fileName, FrameworkChanges c) {
        preview.removeAll();
        Paragraph summary = new Paragraph("\"" + fileName + "\" is correct: " + c.competencies() + " competencies. Against the "
                + "active version \"" + c.activeLabel() + "\": " + (c.unchanged() ? "nothing changes."
                : c.added().size() + " added, " + c.removed().size() + " removed, " + c.renamed().size() + " renamed, "
                + c.regrouped().size() + " moved to another group."));
        summary.setId("preview-summary");
        preview.add(new H3("What would change"), summary);
        list("Added", "preview-added", c.added().stream().map(a -> a.code() + " — " + a.title() + " (" + a.area() + ")").toList());
        list("Removed", "preview-removed", c.removed().stream().map(a -> a.code() + " — " + a.title()).toList());
        list("Renamed", "preview-renamed", c.renamed().stream().map(a -> a.code() + ": \"" + a.before() + "\" becomes \""
                + a.after() + "\"").toList());
        list("Moved to another group", "preview-regrouped", c.regrouped().stream().map(a -> a.code() + ": from \"" + a.before()
                + "\" to \"" + a.after() + "\"").toList());
        if (c.profileEntriesAffected() > 0) {
            Paragraph affected = new Paragraph(c.profileEntriesAffected() + " profile entries name a removed competency: they are "
                    + "kept, but not shown or matched while this version is active.");
            affected.setId("preview-affected");
            preview.add(affected);
        }
        Button activate = new Button("Activate as a new version…", e -> confirmActivate(c));
        activate.setId("activate-import");
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard", e -> {
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
        preview.add(new Span(heading + " (" + items.size() + ")"), list);
    }

    private void confirmActivate(FrameworkChanges c) {
        if (versionLabel.getValue().isBlank()) {
            versionLabel.setErrorMessage("Give the new version a label.");
            versionLabel.setInvalid(true);
            return;
        }
        versionLabel.setInvalid(false);
        byte[] csv = pendingCsv;
        String label = versionLabel.getValue().strip();
        Confirmation.of("Activate \"" + label + "\"?")
                .happens("The new version becomes the competency framework for everyone: profiles, postings and matching "
                        + "use it from now on. You can make the earlier version active again from the list of versions.")
                .concerns(c.competencies() + " competencies; " + c.added().size() + " added, " + c.removed().size() + " removed, "
                        + c.renamed().size() + " renamed, " + c.regrouped().size() + " moved.")
                .told("Nobody is notified; people see the new framework on their next page.")
                .open("Activate new version", "confirm-activate-import", () -> importCsv(csv, label));
    }

    private void importCsv(byte[] bytes, String label) {
        try {
            FrameworkVersion imported = frameworks.importCsv(bytes, label);
            Notices.success("Imported \"" + imported.versionLabel() + "\" with " + imported.competencies()
                    + " competencies; it is now the active framework.");
            versionLabel.clear();
            pendingCsv = null;
            preview.setVisible(false);
            refresh();
        } catch (FrameworkImportException e) {
            showProblems(null, e.problems());
        }
    }

    private Button reactivate(FrameworkVersion v) {
        Button button = new Button("Make active…", e -> Confirmation.of("Make \"" + v.versionLabel() + "\" active again?")
                .happens("\"" + v.versionLabel() + "\" becomes the competency framework for everyone again; the current version "
                        + "stays in the list and can be made active later.")
                .concerns(v.competencies() + " competencies.")
                .told("Nobody is notified; people see the framework on their next page.")
                .open("Make active", "confirm-reactivate", () -> {
                    try {
                        frameworks.activate(v.id());
                        Notices.success("\"" + v.versionLabel() + "\" is the active framework again.");
                    } catch (FrameworkImportException ex) {
                        Notices.error(String.join(" ", ex.problems()));
                    }
                    refresh();
                }));
        button.setId("reactivate-" + v.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setVisible(!v.active());
        return button;
    }

    private void showProblems(String fileName, List<String> problems) {
        importProblems.removeAll();
        importProblems.add(new Div(new Span((fileName == null ? "Nothing was imported" : "\"" + fileName + "\" cannot be used")
                + ": " + (problems.size() == 1 ? "one problem" : problems.size() + " problems")
                + ". Correct the file and upload it again; nothing has changed.")));
        problems.forEach(p -> importProblems.add(new Div(new Span(p))));
        importProblems.setVisible(true);
    }

    private void refresh() {
        FrameworkDetails active = frameworks.activeFramework();
        activeLabel.setText("Active: " + active.versionLabel() + " · " + active.competencies().size() + " competencies");
        competencies.setItems(active.competencies());
        versions.setItems(frameworks.versions());
    }
}
