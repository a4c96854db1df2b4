package org.crossfield.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.TreeSet;
import org.crossfield.agreement.AgreementTemplateService;
import org.crossfield.agreement.InvalidAgreementException;
import org.crossfield.agreement.TemplateEngine;
import org.crossfield.agreement.TemplateVersion;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;

/** Administrators keep one agreement text per IP regime; saving adds a version and retires the previous one. */
@Route("admin/agreement-templates")
@PageTitle("Agreement templates")
@Menu(order = 92, icon = "vaadin:file-text-o", title = "Agreement templates")
@RolesAllowed(Roles.ADMIN)
public class AgreementTemplatesView extends VerticalLayout {

    /** What the editor edits. */
    static final class Draft {
        private String title = "";
        private String body = "";
    }

    private final AgreementTemplateService templates;
    private final Grid<TemplateVersion> grid = new Grid<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Grid<TemplateVersion> history = new Grid<>();
    private final Pre preview = new Pre();
    private TemplateVersion selected;

    public AgreementTemplatesView(AgreementTemplateService templates) {
        this.templates = templates;
        setId("agreement-templates");
        grid.setId("templates-grid");
        grid.addColumn(TemplateVersion::regimeCode).setHeader(getTranslation("agreement.templates.regime")).setAutoWidth(true);
        grid.addColumn(t -> "v" + t.versionNo()).setHeader(getTranslation("agreement.templates.version")).setAutoWidth(true);
        grid.addColumn(TemplateVersion::title).setHeader(getTranslation("agreement.templates.title")).setFlexGrow(3);
        grid.addColumn(t -> AgreementUi.when(t.createdAt(), getLocale())).setHeader(getTranslation("agreement.templates.since")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        TextField title = new TextField(getTranslation("agreement.templates.title"));
        title.setId("template-title");
        title.setWidth("40rem");
        TextArea body = new TextArea(getTranslation("agreement.templates.text"));
        body.setId("template-body");
        body.setWidthFull();
        body.setHeight("24rem");
        binder.forField(title).asRequired(getTranslation("agreement.templates.title-required")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(body).asRequired(getTranslation("agreement.templates.text-required"))
                .withValidator(v -> TemplateEngine.problems(v).isEmpty(), getTranslation("agreement.templates.placeholders-invalid"))
                .bind(d -> d.body, (d, v) -> d.body = v);
        Button previewButton = new Button(getTranslation("agreement.templates.preview"), e -> {
            if (selected != null) {
                try {
                    preview.setText(templates.preview(selected.regimeCode(), body.getValue()));
                } catch (InvalidAgreementException ex) {
                    Notices.error(AgreementUi.refusal(this, ex));
                }
            }
        });
        previewButton.setId("template-preview");
        Button save = new Button(getTranslation("agreement.templates.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph help = new Paragraph(getTranslation("agreement.templates.help",
                String.join(", ", new TreeSet<>(TemplateEngine.VALUES)), String.join(", ", new TreeSet<>(TemplateEngine.FLAGS))));
        help.addClassName("cf-muted");
        history.setId("template-history");
        history.addColumn(t -> "v" + t.versionNo()).setHeader(getTranslation("agreement.templates.version")).setAutoWidth(true);
        history.addColumn(t -> getTranslation(t.active() ? "agreement.templates.active" : "agreement.templates.retired")).setHeader("").setAutoWidth(true);
        history.addColumn(t -> AgreementUi.when(t.createdAt(), getLocale())).setHeader(getTranslation("agreement.templates.created")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        preview.setId("template-preview-text");
        preview.getStyle().set("white-space", "pre-wrap").set("max-width", "60rem");
        add(new Paragraph(getTranslation("agreement.templates.intro")), grid,
                new H4(getTranslation("agreement.templates.edit")), title, body, help, new HorizontalLayout(previewButton, save),
                new H4(getTranslation("agreement.templates.versions")), history,
                new H4(getTranslation("agreement.templates.preview-heading")), preview);
        refresh();
    }

    private void edit(TemplateVersion t) {
        selected = t;
        Draft d = new Draft();
        if (t != null) {
            d.title = t.title();
            d.body = t.body();
            history.setItems(templates.history(t.regimeCode()));
        }
        binder.readBean(d);
        preview.setText("");
    }

    private void save() {
        if (selected == null) {
            Notices.error(getTranslation("agreement.templates.choose"));
            return;
        }
        Draft d = new Draft();
        if (!binder.writeBeanIfValid(d)) {
            Notices.error(getTranslation("agreement.templates.problems"));
            return;
        }
        try {
            TemplateVersion saved = templates.saveNewVersion(selected.regimeCode(), d.title, d.body);
            Notices.success(getTranslation("agreement.templates.saved", saved.versionNo(), saved.regimeCode()));
            refresh();
            grid.asSingleSelect().setValue(grid.getListDataView().getItems().filter(t -> t.id() == saved.id()).findFirst().orElse(null));
        } catch (InvalidAgreementException ex) {
            Notices.error(AgreementUi.refusal(this, ex));
        }
    }

    private void refresh() {
        grid.setItems(templates.activeTemplates());
    }
}
