package org.crossfield.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.reporting.InvalidReportException;
import org.crossfield.reporting.KpiDefinitionSummary;
import org.crossfield.reporting.KpiKind;
import org.crossfield.reporting.KpiService;
import org.crossfield.reporting.MeasuredFigure;
import org.crossfield.reporting.RecordMeasurementCmd;
import org.crossfield.reporting.ReportService;
import org.crossfield.reporting.SetTargetCmd;
import org.crossfield.reporting.KpiTargetSummary;

/** A coordinator's KPI targets and measured figures (website visitors, downloads, …) per programme and period. */
@Route("reports/targets")
@PageTitle("KPI targets and measured figures")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class KpiTargetsView extends VerticalLayout {

    private final KpiService kpis;
    private final Select<ProgrammeBrief> programme = new Select<>();
    private final Grid<KpiTargetSummary> targets = new Grid<>();
    private final Grid<MeasuredFigure> measurements = new Grid<>();

    public KpiTargetsView(KpiService kpis, ReportService reports, Clock clock) {
        this.kpis = kpis;
        setId("kpi-targets");
        setMaxWidth("1100px");
        List<ProgrammeBrief> mine = reports.reportableProgrammes();
        programme.setId("targets-programme");
        programme.setLabel("Programme");
        programme.setItems(mine);
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setWidth("28rem");
        programme.addValueChangeListener(e -> reload());

        List<KpiDefinitionSummary> all = kpis.definitions();
        FigureForm targetForm = new FigureForm("target", all, "Target", false, clock);
        Button setTarget = new Button("Set target", e -> targetForm.validated().ifPresent(v -> act(() -> {
            kpis.setTarget(new SetTargetCmd(programmeId(), v.kpi().code(), v.from(), v.to(), v.value()));
            targetForm.clearFigure();
            Notices.success("Target saved.");
        })));
        setTarget.setId("set-target");
        setTarget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        targets.setId("target-grid");
        targets.addColumn(KpiTargetSummary::kpiTitle).setHeader("KPI").setFlexGrow(3);
        targets.addColumn(t -> t.from() + " – " + t.to()).setHeader("Period").setAutoWidth(true);
        targets.addColumn(t -> t.target().toPlainString()).setHeader("Target").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        targets.addComponentColumn(t -> remove(() -> kpis.removeTarget(t.id()))).setAutoWidth(true).setFlexGrow(0);
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        targets.setAllRowsVisible(true);
        targets.setEmptyStateText("No targets for this programme yet.");

        List<KpiDefinitionSummary> measured = all.stream().filter(k -> k.kind() == KpiKind.MEASURED).toList();
        FigureForm figureForm = new FigureForm("measure", measured, "Measured figure", true, clock);
        Button save = new Button("Save figure", e -> figureForm.validated().ifPresent(v -> act(() -> {
            kpis.recordMeasurement(new RecordMeasurementCmd(programmeId(), v.kpi().code(), v.from(), v.to(), v.value(), v.note()));
            figureForm.clearFigure();
            Notices.success("Figure saved.");
        })));
        save.setId("save-measurement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        measurements.setId("measurement-grid");
        measurements.addColumn(MeasuredFigure::kpiTitle).setHeader("KPI").setFlexGrow(3);
        measurements.addColumn(m -> m.from() + " – " + m.to()).setHeader("Period").setAutoWidth(true);
        measurements.addColumn(m -> m.value().toPlainString()).setHeader("Figure").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        measurements.addColumn(m -> m.note() == null ? "" : m.note()).setHeader("Note").setFlexGrow(2);
        measurements.addColumn(MeasuredFigure::enteredBy).setHeader("Entered by").setAutoWidth(true);
        measurements.addComponentColumn(m -> remove(() -> kpis.removeMeasurement(m.id()))).setAutoWidth(true).setFlexGrow(0);
        measurements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        measurements.setAllRowsVisible(true);
        measurements.setEmptyStateText("No measured figures for this programme yet.");

        Paragraph help = new Paragraph("A report adds up the targets and figures whose period lies inside the report's period:"
                + " set yearly targets to compare whole years, or a date range for a reporting period.");
        help.addClassName("cf-muted");
        add(programme, help, new H3("Targets"), targets, targetForm, setTarget, new H3("Measured figures"),
                new Paragraph("Figures Crossfield cannot count itself, such as website visitors or leaflet downloads."),
                measurements, figureForm, save);
        if (!mine.isEmpty()) {
            programme.setValue(mine.getFirst());
        }
    }

    private long programmeId() {
        if (programme.getValue() == null) {
            throw new InvalidReportException("Choose a programme.");
        }
        return programme.getValue().id();
    }

    private void reload() {
        if (programme.getValue() == null) {
            targets.setItems(List.of());
            measurements.setItems(List.of());
            return;
        }
        targets.setItems(kpis.targets(programme.getValue().id()));
        measurements.setItems(kpis.measurements(programme.getValue().id()));
    }

    private Button remove(Runnable action) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> {
            action.run();
            Notices.success("Removed.");
        }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove");
        return remove;
    }

    private void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (InvalidReportException ex) {
            Notices.error(ex.getMessage());
        }
    }

}
