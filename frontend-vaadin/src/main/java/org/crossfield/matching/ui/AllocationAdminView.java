package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeView;
import org.crossfield.identity.Roles;
import org.crossfield.matching.AllocationLine;
import org.crossfield.matching.AllocationService;
import org.crossfield.matching.AllocationView;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.platform.ui.Notices;

/** A coordinator allocates students to a programme's projects (stable, student-optimal), reviews and publishes. */
@Route("matching/allocation")
@PageTitle("Student allocation")
@Menu(order = 41, icon = "vaadin:users", title = "Student allocation")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AllocationAdminView extends VerticalLayout {

    private final AllocationService allocation;
    private final Select<ProgrammeView> programme = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<AllocationLine> grid = new Grid<>();
    private final Paragraph unassigned = new Paragraph();
    private final Button publish = new Button("Publish");

    public AllocationAdminView(AllocationService allocation, IdentityService identity) {
        this.allocation = allocation;
        setId("allocation");
        Paragraph intro = new Paragraph("Allocates each student to at most one project from the students' rankings and the "
                + "supervisors' rankings of them. The result is stable (no student and supervisor would both rather be together) "
                + "and student-optimal (every student gets the best project any stable allocation could give).");
        intro.addClassName("cf-muted");
        programme.setLabel("Programme");
        programme.setId("allocation-programme");
        programme.setItems(identity.myProgrammes());
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setWidth("26rem");
        programme.addValueChangeListener(e -> show(e.getValue() == null ? null : allocation.latest(e.getValue().id()).orElse(null)));
        Button allocate = new Button("Allocate students", e -> act(() -> allocation.allocate(programme.getValue().id()), "Allocation computed; review it, then publish."));
        allocate.setId("allocate");
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-allocation");
        publish.addClickListener(e -> act(() -> allocation.publish(programme.getValue().id()), "Published: students see their project."));
        HorizontalLayout actions = new HorizontalLayout(programme, allocate, publish);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("allocation-summary");
        grid.setId("allocation-grid");
        grid.addColumn(AllocationLine::projectTitle).setHeader("Project").setFlexGrow(3).setTooltipGenerator(AllocationLine::projectTitle);
        grid.addColumn(AllocationLine::supervisorName).setHeader("Supervisor").setFlexGrow(1);
        grid.addColumn(AllocationLine::studentName).setHeader("Student").setFlexGrow(1);
        grid.addColumn(AllocationLine::studentRank).setHeader("Student's choice").setAutoWidth(true);
        grid.addColumn(AllocationLine::supervisorRank).setHeader("Supervisor's rank").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.setEmptyStateText("No allocation yet.");
        unassigned.setId("allocation-unassigned");
        unassigned.addClassName("cf-muted");
        add(intro, actions, summary, grid, new H3("Not allocated"), unassigned);
        if (!identity.myProgrammes().isEmpty()) {
            programme.setValue(identity.myProgrammes().getFirst());
        }
    }

    private void act(java.util.function.Supplier<AllocationView> action, String success) {
        if (programme.getValue() == null) {
            Notices.error("Choose a programme.");
            return;
        }
        try {
            show(action.get());
            Notices.success(success);
        } catch (InvalidMatchingRequestException e) {
            Notices.error(e.getMessage());
        }
    }

    private void show(AllocationView view) {
        if (view == null) {
            summary.setText("No allocation yet for this programme.");
            grid.setItems(java.util.List.of());
            unassigned.setText("");
            publish.setEnabled(false);
            return;
        }
        long firstChoices = view.assignments().stream().filter(a -> a.studentRank() == 1).count();
        summary.setText(view.status().toLowerCase() + " · " + view.assignments().size() + " students allocated, "
                + firstChoices + " to their first choice · " + view.unassignedStudents().size() + " not allocated");
        grid.setItems(view.assignments());
        unassigned.setText(view.unassignedStudents().isEmpty() ? "Everyone who ranked a project was allocated."
                : String.join(", ", view.unassignedStudents()));
        publish.setEnabled("PROPOSED".equals(view.status()));
    }
}
