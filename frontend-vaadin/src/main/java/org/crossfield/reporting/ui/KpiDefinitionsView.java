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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.reporting.DefineKpiCmd;
import org.crossfield.reporting.InvalidReportException;
import org.crossfield.reporting.KpiDefinitionSummary;
import org.crossfield.reporting.KpiService;

/** Administrators see every KPI with how it is counted and add KPIs that coordinators enter as measured figures. */
@Route("admin/kpis")
@Menu(order = 93, icon = "vaadin:list", title = "KPI definitions")
@RolesAllowed(Roles.ADMIN)
public class KpiDefinitionsView extends VerticalLayout implements HasDynamicTitle {

    private static final class Bean {
        String code;
        String title;
        String unit;
        String howCounted;
    }

    /** A new KPI's form starts with the usual unit and way of counting, in the administrator's language. */
    private Bean fresh() {
        Bean b = new Bean();
        b.unit = getTranslation("reporting.kpis.default-unit");
        b.howCounted = getTranslation("reporting.kpis.default-how");
        return b;
    }

    public KpiDefinitionsView(KpiService kpis) {
        setId("kpi-definitions");
        setMaxWidth("1100px");
        Grid<KpiDefinitionSummary> grid = new Grid<>();
        grid.setId("kpi-definition-grid");
        grid.addColumn(KpiDefinitionSummary::code).setHeader(getTranslation("reporting.kpis.code")).setAutoWidth(true);
        grid.addColumn(k -> ReferenceNames.kpi(k.code(), k.title(), getLocale())).setHeader(getTranslation("reporting.kpi.kpi")).setFlexGrow(2);
        grid.addColumn(k -> ReferenceNames.kpiUnit(k.code(), k.unit(), getLocale())).setHeader(getTranslation("reporting.kpi.unit")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("reporting.kpi.kind." + k.kind().name())).setHeader(getTranslation("reporting.kpis.kind"))
                .setAutoWidth(true);
        grid.addColumn(k -> ReferenceNames.kpiHowCounted(k.code(), k.howCounted(), getLocale())).setHeader(getTranslation("reporting.kpi.how-counted")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reporting.kpis.none"));
        grid.setItems(kpis.definitions());

        TextField code = new TextField(getTranslation("reporting.kpis.code"));
        code.setId("kpi-code");
        code.setPlaceholder(getTranslation("reporting.kpis.code-example"));
        code.setMaxLength(40);
        TextField title = new TextField(getTranslation("reporting.kpis.title-field"));
        title.setId("kpi-title");
        title.setMaxLength(200);
        TextField unit = new TextField(getTranslation("reporting.kpi.unit"));
        unit.setId("kpi-unit");
        unit.setMaxLength(20);
        TextField how = new TextField(getTranslation("reporting.kpi.how-counted"));
        how.setId("kpi-how");
        how.setMaxLength(500);
        Binder<Bean> binder = new Binder<>();
        binder.forField(code).asRequired(getTranslation("reporting.kpis.enter-code")).bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(title).asRequired(getTranslation("reporting.kpis.enter-title")).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(unit).asRequired(getTranslation("reporting.kpis.enter-unit")).bind(b -> b.unit, (b, v) -> b.unit = v);
        binder.forField(how).asRequired(getTranslation("reporting.kpis.enter-how")).bind(b -> b.howCounted, (b, v) -> b.howCounted = v);
        binder.setBean(fresh());
        Button add = new Button(getTranslation("reporting.kpis.add"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Bean b = binder.getBean();
            try {
                KpiDefinitionSummary added = kpis.defineMeasuredKpi(new DefineKpiCmd(b.code, b.title, b.unit, b.howCounted));
                grid.setItems(kpis.definitions());
                binder.setBean(fresh());
                Notices.success(getTranslation("reporting.kpis.added", added.title()));
            } catch (InvalidReportException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        add.setId("add-kpi");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, title, unit, how);
        Paragraph help = new Paragraph(getTranslation("reporting.kpis.help"));
        help.addClassName("cf-muted");
        add(grid, new H3(getTranslation("reporting.kpis.new")), help, form, add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.kpis");
    }
}
