package org.crossfield.matching.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.matching.AllocationComparison;
import org.crossfield.identity.Roles;
import org.crossfield.matching.AllocationLine;
import org.crossfield.matching.AllocationOption;
import org.crossfield.matching.AllocationService;
import org.crossfield.matching.AllocationSummary;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.SupervisorLoad;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;

/**
 * A coordinator computes the stable, greedy and generous allocations of a programme on the same input, compares them
 * side by side (students allocated, profile as a chart and a table, worst choice, blocking pairs, supervisors' loads)
 * and publishes one, after confirming: publishing tells every allocated student their project.
 */
@Route("matching/allocation")
@PageTitle("Student allocation")
@Menu(order = 41, icon = "vaadin:users", title = "Student allocation")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AllocationAdminView extends VerticalLayout {

    static final List<String> METHODS = List.of("stable", "greedy", "generous");

    private final AllocationService allocation;
    private final Select<ProgrammeBrief> programme = new Select<>();
    private final VerticalLayout comparisonSection = new VerticalLayout();
    private final Grid<FigureRow> figures = new Grid<>();
    private final Div chart = new Div();
    private final Grid<LoadRow> loads = new Grid<>();
    private final RadioButtonGroup<String> method = new RadioButtonGroup<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<AllocationLine> grid = new Grid<>();
    private final Paragraph unassigned = new Paragraph();
    private AllocationComparison comparison;

    public AllocationAdminView(AllocationService allocation, IdentityService identity) {
        this.allocation = allocation;
        setId("allocation");
        Paragraph intro = new Paragraph(getTranslation("matching.allocation.intro"));
        intro.addClassName("cf-muted");
        programme.setLabel(getTranslation("matching.allocation.programme"));
        programme.setId("allocation-programme");
        programme.setItems(identity.myProgrammes());
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setWidth("26rem");
        programme.addValueChangeListener(e -> {
            showComparison(null);
            show(e.getValue() == null ? null : allocation.latest(e.getValue().id()).orElse(null));
        });
        Button compare = new Button(getTranslation("matching.allocation.compare"), e -> compute());
        compare.setId("compare-allocations");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(programme, compare);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        buildComparison();
        summary.setId("allocation-summary");
        grid.setId("allocation-grid");
        grid.addColumn(AllocationLine::projectTitle).setHeader(getTranslation("matching.allocation.project")).setFlexGrow(3).setTooltipGenerator(AllocationLine::projectTitle);
        grid.addColumn(AllocationLine::supervisorName).setHeader(getTranslation("matching.allocation.supervisor")).setFlexGrow(1);
        grid.addColumn(AllocationLine::studentName).setHeader(getTranslation("matching.allocation.student")).setFlexGrow(1);
        grid.addColumn(AllocationLine::studentRank).setHeader(getTranslation("matching.allocation.student-choice")).setAutoWidth(true);
        grid.addColumn(l -> l.supervisorRank() > 0 ? String.valueOf(l.supervisorRank()) : getTranslation("matching.allocation.not-ranked"))
                .setHeader(getTranslation("matching.allocation.supervisor-rank")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.setEmptyStateText(getTranslation("matching.allocation.none"));
        unassigned.setId("allocation-unassigned");
        unassigned.addClassName("cf-muted");
        add(intro, actions, comparisonSection, new H3(getTranslation("matching.allocation.current")), summary, grid,
                new H3(getTranslation("matching.allocation.not-allocated")), unassigned);
        if (!identity.myProgrammes().isEmpty()) {
            programme.setValue(identity.myProgrammes().getFirst());
        }
    }

    private void buildComparison() {
        comparisonSection.setId("allocation-comparison");
        comparisonSection.setPadding(false);
        figures.setId("comparison-figures");
        figures.addColumn(FigureRow::figure).setHeader("").setFlexGrow(2);
        for (int i = 0; i < METHODS.size(); i++) {
            int column = i;
            figures.addColumn(r -> r.values().get(column)).setHeader(Labels.method(this, METHODS.get(i))).setFlexGrow(1)
                    .setKey(METHODS.get(i));
        }
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.setAllRowsVisible(true);
        figures.setMaxWidth("44rem");
        chart.setId("profile-chart");
        chart.setWidthFull();
        chart.setMaxWidth("680px");
        loads.setId("comparison-loads");
        loads.addColumn(LoadRow::supervisor).setHeader(getTranslation("matching.allocation.supervisor")).setFlexGrow(2);
        for (int i = 0; i < METHODS.size(); i++) {
            int column = i;
            loads.addColumn(r -> r.loads().get(column)).setHeader(getTranslation("matching.allocation.load-header", Labels.method(this, METHODS.get(i))))
                    .setFlexGrow(1);
        }
        loads.addThemeVariants(GridVariant.LUMO_COMPACT);
        loads.setAllRowsVisible(true);
        loads.setMaxWidth("44rem");
        method.setId("publish-method");
        method.setLabel(getTranslation("matching.allocation.method"));
        method.setItems(METHODS);
        method.setItemLabelGenerator(m -> Labels.method(this, m));
        Button publish = new Button(getTranslation("matching.allocation.publish"), e -> confirmPublish());
        publish.setId("publish-allocation");
        HorizontalLayout publishRow = new HorizontalLayout(method, publish);
        publishRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph loadsNote = new Paragraph(getTranslation("matching.allocation.loads-note"));
        loadsNote.addClassName("cf-muted");
        comparisonSection.add(new H3(getTranslation("matching.allocation.compare-heading")), figures, chart,
                new H3(getTranslation("matching.allocation.loads")), loadsNote, loads,
                publishRow);
        comparisonSection.setVisible(false);
    }

    private void compute() {
        if (programme.getValue() == null) {
            Notices.error(getTranslation("matching.allocation.choose-programme"));
            return;
        }
        try {
            showComparison(allocation.compare(programme.getValue().id()));
            Notices.success(getTranslation("matching.allocation.computed"));
        } catch (InvalidMatchingRequestException e) {
            Notices.error(Messages.of(e));
        }
    }

    private void showComparison(AllocationComparison c) {
        comparison = c;
        comparisonSection.setVisible(c != null);
        if (c == null) {
            return;
        }
        List<AllocationOption> options = METHODS.stream().map(c::option).toList();
        List<FigureRow> rows = new ArrayList<>();
        rows.add(row(getTranslation("matching.allocation.figure-allocated"), options, o -> String.valueOf(o.allocated())));
        rows.add(row(getTranslation("matching.allocation.figure-not-allocated"), options, o -> String.valueOf(o.notAllocated())));
        for (int r = 0; r < c.ranks(); r++) {
            int rank = r;
            rows.add(row(getTranslation("matching.allocation.figure-on-choice", Labels.ordinal(this, r + 1)), options,
                    o -> String.valueOf(rank < o.profile().size() ? o.profile().get(rank) : 0)));
        }
        rows.add(row(getTranslation("matching.allocation.figure-worst"), options,
                o -> o.worstRank() == 0 ? "—" : Labels.ordinal(this, o.worstRank())));
        rows.add(row(getTranslation("matching.allocation.figure-blocking"), options, o -> String.valueOf(o.blockingPairs())));
        figures.setItems(rows);

        chart.removeAll();
        chart.add(new Svg(ProfileChart.svg(METHODS.stream().map(m -> Labels.method(this, m)).toList(),
                options.stream().map(AllocationOption::profile).toList(), getTranslation("matching.allocation.chart-title"),
                rank -> Labels.ordinal(this, rank), (label, rank) -> getTranslation("matching.allocation.chart-bar", label, rank))));

        Map<String, List<String>> bySupervisor = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            for (SupervisorLoad l : options.get(i).supervisorLoads()) {
                List<String> cells = bySupervisor.computeIfAbsent(l.supervisorName(), k -> new ArrayList<>(List.of("", "", "")));
                cells.set(i, l.load() + " / " + l.capacity());
            }
        }
        loads.setItems(bySupervisor.entrySet().stream().map(e -> new LoadRow(e.getKey(), e.getValue())).toList());
        method.clear();
    }

    private static FigureRow row(String figure, List<AllocationOption> options, Function<AllocationOption, String> value) {
        return new FigureRow(figure, options.stream().map(value).toList());
    }

    private void confirmPublish() {
        if (comparison == null || method.getValue() == null) {
            Notices.error(getTranslation("matching.allocation.choose-method"));
            return;
        }
        String chosen = method.getValue();
        AllocationOption option = comparison.option(chosen);
        String name = Labels.methodInText(this, chosen);
        Confirmation.of(getTranslation("matching.allocation.publish-question", name))
                .happens(getTranslation("matching.allocation.publish-happens"))
                .concerns(getTranslation("matching.allocation.publish-concerns", option.allocated()))
                .told(getTranslation("matching.allocation.publish-told", option.allocated()))
                .id("publish-dialog")
                .open(getTranslation("matching.allocation.publish-button", name), "confirm-publish", () -> act(
                        () -> allocation.publish(comparison.programmeId(), chosen),
                        getTranslation("matching.allocation.published", name)));
    }

    private void act(Supplier<AllocationSummary> action, String success) {
        try {
            show(action.get());
            showComparison(null);
            Notices.success(success);
        } catch (InvalidMatchingRequestException e) {
            Notices.error(Messages.of(e));
        }
    }

    private void show(AllocationSummary view) {
        if (view == null) {
            summary.setText(getTranslation("matching.allocation.none-for-programme"));
            grid.setItems(List.of());
            unassigned.setText("");
            return;
        }
        long firstChoices = view.assignments().stream().filter(a -> a.studentRank() == 1).count();
        summary.setText(Labels.method(this, view.method()) + " · " + Labels.allocationStatus(this, view.status()) + " · "
                + getTranslation("matching.allocation.summary-allocated", view.assignments().size(), firstChoices) + " · "
                + getTranslation("matching.allocation.summary-not-allocated", view.unassignedStudents().size())
                + (view.worstRank() > 0 ? " · " + getTranslation("matching.allocation.summary-worst", Labels.ordinal(this, view.worstRank())) : "")
                + " · " + getTranslation("matching.allocation.summary-blocking", view.blockingPairs()));
        grid.setItems(view.assignments());
        unassigned.setText(view.unassignedStudents().isEmpty() ? getTranslation("matching.allocation.everyone-allocated")
                : String.join(", ", view.unassignedStudents()));
    }

    /** One line of the comparison table: a figure and its value per method. */
    record FigureRow(String figure, List<String> values) {
    }

    /** A supervisor's load against capacity per method. */
    record LoadRow(String supervisor, List<String> loads) {
    }
}
