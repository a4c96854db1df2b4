package org.crossfield.application.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingType;
import org.crossfield.identity.Roles;

/** A coordinator's read-only list of the applications to the postings of their programmes, by posting and status. */
@Route("programme-applications")
@PageTitle("Programme applications")
@Menu(order = 39, icon = "vaadin:records", title = "Programme applications")
@RolesAllowed(Roles.COORDINATOR)
public class ProgrammeApplicationsView extends VerticalLayout {

    private final Grid<ApplicationSummary> grid = new Grid<>();

    public ProgrammeApplicationsView(ApplicationReviewService applications) {
        setId("programme-applications");
        Paragraph intro = new Paragraph("Submitted applications to the challenges and PhD projects of the programmes you "
                + "coordinate, grouped by posting. Reading only: the postings' owners and review teams decide.");
        intro.addClassName("cf-muted");
        Select<ApplicationStatus> status = new Select<>();
        status.setId("programme-applications-status");
        status.setLabel("Status");
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        grid.setId("programme-applications-grid");
        grid.addColumn(a -> a.postingType() == PostingType.CHALLENGE ? "Challenge" : "PhD project").setHeader("Type").setAutoWidth(true);
        grid.addColumn(ApplicationSummary::postingTitle).setHeader("Posting").setFlexGrow(3);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ApplicationSummary::studentName).setHeader("Student").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : MyApplicationsView.DAY.format(a.submittedAt()))
                .setHeader("Submitted").setAutoWidth(true);
        grid.setItemsPageable(page -> applications.programmeApplications(status.getValue(), page).getContent());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        setSizeFull();
        grid.setSizeFull();
        add(intro, status, grid);
    }
}
