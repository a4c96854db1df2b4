package org.crossfield.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.reporting.DefineKpiCmd;
import org.crossfield.reporting.InvalidReportException;
import org.crossfield.reporting.KpiDefinitionSummary;
import org.crossfield.reporting.KpiService;

/** Administrators see every KPI with how it is counted and add KPIs that coordinators enter as measured figures. */
@Route("admin/kpis")
@PageTitle("KPI definitions")
@Menu(order = 93, icon = "vaadin:list", title = "KPI definitions")
@RolesAllowed(Roles.ADMIN)
public class KpiDefinitionsView extends VerticalLayout {

    private static final class Bean {
        String code;
        String title;
        String unit = "count";
        String howCounted = "entered by coordinators as a measured figure";
    }

    public KpiDefinitionsView(KpiService kpis) {
        setId("kpi-definitions");
        setMaxWidth("1100px");
        Grid<KpiDefinitionSummary> grid = new Grid<>();
        grid.setId("kpi-definition-grid");
        grid.addColumn(KpiDefinitionSummary::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(KpiDefinitionSummary::title).setHeader("KPI").setFlexGrow(2);
        grid.addColumn(KpiDefinitionSummary::unit).setHeader("Unit").setAutoWidth(true);
        grid.addColumn(k -> k.kind().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(KpiDefinitionSummary::howCounted).setHeader("How it is counted").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(kpis.definitions());

        TextField code = new TextField("Code");
        code.setId("kpi-code");
        code.setPlaceholder("e.g. NEWSLETTER_SUBSCRIBERS");
        code.setMaxLength(40);
        TextField title = new TextField("Title");
        title.setId("kpi-title");
        title.setMaxLength(200);
        TextField unit = new TextField("Unit");
        unit.setId("kpi-unit");
        unit.setMaxLength(20);
        TextField how = new TextField("How it is counted");
        how.setId("kpi-how");
        how.setMaxLength(500);
        Binder<Bean> binder = new Binder<>();
        binder.forField(code).asRequired("Enter a code").bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(title).asRequired("Enter a title").bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(unit).asRequired("Enter a unit, e.g. count").bind(b -> b.unit, (b, v) -> b.unit = v);
        binder.forField(how).asRequired("Say how it is counted").bind(b -> b.howCounted, (b, v) -> b.howCounted = v);
        binder.setBean(new Bean());
        Button add = new Button("Add KPI", e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Bean b = binder.getBean();
            try {
                KpiDefinitionSummary added = kpis.defineMeasuredKpi(new DefineKpiCmd(b.code, b.title, b.unit, b.howCounted));
                grid.setItems(kpis.definitions());
                binder.setBean(new Bean());
                Notices.success(added.title() + " added; coordinators can now set targets and enter figures for it.");
            } catch (InvalidReportException ex) {
                Notices.error(ex.getMessage());
            }
        });
        add.setId("add-kpi");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, title, unit, how);
        Paragraph help = new Paragraph("KPIs counted by Crossfield itself are computed from what people record (the user guide explains each under \"How each KPI is counted\");"
                + " a KPI added here is a measured figure that coordinators enter per programme and period.");
        help.addClassName("cf-muted");
        add(grid, new H3("New measured KPI"), help, form, add);
    }
}
