package org.crossfield.competency.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.FrameworkImportException;
import org.crossfield.competency.FrameworkVersion;
import org.crossfield.identity.Roles;
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
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);

        add(new HorizontalLayout(activeLabel, export), competencies, new H3("Import a new version"), importSection(),
                new H3("Versions"), versions);
        refresh();
    }

    private VerticalLayout importSection() {
        Paragraph help = new Paragraph("Upload a CSV with the header code,group,title,source (the export is a good start). "
                + "It becomes the active version. A file with any problem is refused as a whole and nothing changes.");
        help.addClassName("cf-muted");
        versionLabel.setId("version-label");
        versionLabel.setPlaceholder("e.g. Health extension v2 (2027)");
        versionLabel.setMaxLength(80);
        versionLabel.setWidth("24rem");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(Uploads.inMemory(1_000_000, (fileName, bytes) -> ui.access(() -> importCsv(bytes)),
                () -> ui.access(() -> showProblems(List.of("The file is larger than 1 MB; a competency framework is far smaller.")))));
        upload.setId("import-csv");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.addFileRejectedListener(e -> showProblems(List.of(e.getErrorMessage())));
        importProblems.setId("import-problems");
        importProblems.addClassName("cf-errors");
        importProblems.setVisible(false);
        VerticalLayout section = new VerticalLayout(help, versionLabel, upload, importProblems);
        section.setPadding(false);
        return section;
    }

    private void importCsv(byte[] bytes) {
        importProblems.setVisible(false);
        try {
            FrameworkVersion imported = frameworks.importCsv(bytes, versionLabel.getValue());
            Notices.success("Imported \"" + imported.versionLabel() + "\" with " + imported.competencies()
                    + " competencies; it is now the active framework.");
            versionLabel.clear();
            refresh();
        } catch (FrameworkImportException e) {
            showProblems(e.problems());
        }
    }

    private void showProblems(List<String> problems) {
        importProblems.removeAll();
        importProblems.add(new Div(new Span("Nothing was imported:")));
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
