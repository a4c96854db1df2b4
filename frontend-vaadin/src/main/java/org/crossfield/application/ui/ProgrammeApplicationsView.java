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
import org.crossfield.i18n.Dates;
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
        Paragraph intro = new Paragraph(getTranslation("application.programme.intro"));
        intro.addClassName("cf-muted");
        Select<ApplicationStatus> status = new Select<>();
        status.setId("programme-applications-status");
        status.setLabel(getTranslation("application.column.status"));
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("application.any-status") : Texts.status(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("application.any-status"));
        grid.setId("programme-applications-grid");
        grid.addColumn(a -> Texts.type(a.postingType())).setHeader(getTranslation("application.column.type")).setAutoWidth(true);
        grid.addColumn(ApplicationSummary::postingTitle).setHeader(getTranslation("application.column.posting")).setFlexGrow(3);
        grid.addColumn(a -> Texts.status(a.status())).setHeader(getTranslation("application.column.status")).setAutoWidth(true);
        grid.addColumn(ApplicationSummary::studentName).setHeader(getTranslation("application.column.student")).setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Dates.day(a.submittedAt().atZone(Dates.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("application.column.submitted")).setAutoWidth(true);
        grid.setItemsPageable(page -> applications.programmeApplications(status.getValue(), page).getContent());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        setSizeFull();
        grid.setSizeFull();
        add(intro, status, grid);
    }
}
