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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Numbers;
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
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class KpiTargetsView extends VerticalLayout implements HasDynamicTitle {

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
        programme.setLabel(getTranslation("reporting.targets.programme"));
        programme.setItems(mine);
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setWidth("28rem");
        programme.addValueChangeListener(e -> reload());

        List<KpiDefinitionSummary> all = kpis.definitions();
        FigureForm targetForm = new FigureForm("target", all, getTranslation("reporting.kpi.target"), false, clock);
        Button setTarget = new Button(getTranslation("reporting.targets.set"), e -> targetForm.validated().ifPresent(v -> act(() -> {
            kpis.setTarget(new SetTargetCmd(programmeId(), v.kpi().code(), v.from(), v.to(), v.value()));
            targetForm.clearFigure();
            Notices.success(getTranslation("reporting.targets.saved"));
        })));
        setTarget.setId("set-target");
        setTarget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        targets.setId("target-grid");
        targets.addColumn(t -> ReferenceNames.kpi(t.kpiCode(), t.kpiTitle(), getLocale())).setHeader(getTranslation("reporting.kpi.kpi")).setFlexGrow(3);
        targets.addColumn(t -> period(t.from(), t.to())).setHeader(getTranslation("reporting.targets.period")).setAutoWidth(true);
        targets.addColumn(t -> Numbers.figure(t.target(), getLocale())).setHeader(getTranslation("reporting.kpi.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        targets.addComponentColumn(t -> remove(() -> kpis.removeTarget(t.id()))).setAutoWidth(true).setFlexGrow(0);
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        targets.setAllRowsVisible(true);
        targets.setEmptyStateText(getTranslation("reporting.targets.none"));

        List<KpiDefinitionSummary> measured = all.stream().filter(k -> k.kind() == KpiKind.MEASURED).toList();
        FigureForm figureForm = new FigureForm("measure", measured, getTranslation("reporting.targets.measured-figure"), true, clock);
        Button save = new Button(getTranslation("reporting.targets.save-figure"), e -> figureForm.validated().ifPresent(v -> act(() -> {
            kpis.recordMeasurement(new RecordMeasurementCmd(programmeId(), v.kpi().code(), v.from(), v.to(), v.value(), v.note()));
            figureForm.clearFigure();
            Notices.success(getTranslation("reporting.targets.figure-saved"));
        })));
        save.setId("save-measurement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        measurements.setId("measurement-grid");
        measurements.addColumn(m -> ReferenceNames.kpi(m.kpiCode(), m.kpiTitle(), getLocale())).setHeader(getTranslation("reporting.kpi.kpi")).setFlexGrow(3);
        measurements.addColumn(m -> period(m.from(), m.to())).setHeader(getTranslation("reporting.targets.period")).setAutoWidth(true);
        measurements.addColumn(m -> Numbers.figure(m.value(), getLocale())).setHeader(getTranslation("reporting.targets.figure"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        measurements.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(getTranslation("reporting.targets.note")).setFlexGrow(2);
        measurements.addColumn(MeasuredFigure::enteredBy).setHeader(getTranslation("reporting.targets.entered-by")).setAutoWidth(true);
        measurements.addComponentColumn(m -> remove(() -> kpis.removeMeasurement(m.id()))).setAutoWidth(true).setFlexGrow(0);
        measurements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        measurements.setAllRowsVisible(true);
        measurements.setEmptyStateText(getTranslation("reporting.targets.no-figures"));

        Paragraph help = new Paragraph(getTranslation("reporting.targets.help"));
        help.addClassName("cf-muted");
        add(programme, help, new H3(getTranslation("reporting.targets.targets")), targets, targetForm, setTarget,
                new H3(getTranslation("reporting.targets.measured")), new Paragraph(getTranslation("reporting.targets.measured-help")),
                measurements, figureForm, save);
        if (!mine.isEmpty()) {
            programme.setValue(mine.getFirst());
        }
    }

    private long programmeId() {
        if (programme.getValue() == null) {
            throw new InvalidReportException("reporting.error.choose-programme", "Choose a programme.");
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
            Notices.success(getTranslation("reporting.targets.removed"));
        }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("reporting.targets.remove"));
        return remove;
    }

    private void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (InvalidReportException ex) {
            Notices.error(Messages.of(ex));
        }
    }

    /** A period as the language writes two days: "1 January 2027 – 31 December 2027". */
    private String period(java.time.LocalDate from, java.time.LocalDate to) {
        return Dates.day(from, getLocale()) + " – " + Dates.day(to, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.targets.title");
    }

}
