package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.AllocationService;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.springframework.data.domain.PageRequest;

/** A student ranks the PhD projects they want, first choice first; the stable allocation uses this ranking. */
@Route("ranking")
@PageTitle("My project ranking")
@Menu(order = 25, icon = "vaadin:list-ol", title = "My project ranking")
@RolesAllowed("STUDENT")
public class MyRankingView extends VerticalLayout {

    public MyRankingView(AllocationService allocation, ProjectService projects) {
        setId("my-ranking");
        Paragraph allocated = new Paragraph();
        allocated.setId("my-allocation");
        allocation.myAllocation().ifPresentOrElse(
                a -> allocated.setText("You have been allocated to \"" + a.projectTitle() + "\" (your choice no. " + a.studentRank()
                        + ", supervisor " + a.supervisorName() + ")."),
                () -> allocated.setVisible(false));
        Paragraph intro = new Paragraph("Rank the projects you want, your first choice first (at most "
                + AllocationService.MAX_PREFERENCES + "). The allocation is stable and student-optimal: no student and "
                + "supervisor would both rather be matched with each other, and you get the best project any stable "
                + "allocation could give you — so ranking honestly is your best strategy.");
        intro.addClassName("cf-muted");

        RankingEditor<ProjectSummary> ranking = new RankingEditor<>("ranking-grid", "Project", ProjectSummary::title,
                "Institution", p -> p.organisationName() + " (" + p.country() + ")", true);
        ranking.setItems(allocation.myPreferences());
        ComboBox<ProjectSummary> add = new ComboBox<>("Add an open project");
        add.setId("add-project");
        add.setItemLabelGenerator(ProjectSummary::title);
        add.setItems(query -> projects.openProjects(null, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).getContent().stream());
        add.setWidth("36rem");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ranking.add(e.getValue());
                add.clear();
            }
        });
        Button save = new Button("Save ranking", e -> {
            try {
                ranking.setItems(allocation.rankMyProjects(ranking.items().stream().map(ProjectSummary::id).toList()));
                Notification.show("Ranking saved.", 3000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidMatchingRequestException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("save-ranking");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(add, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(allocated, intro, row, ranking);
    }
}
