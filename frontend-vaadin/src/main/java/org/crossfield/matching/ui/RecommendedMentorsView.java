package org.crossfield.matching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.Roles;
import org.crossfield.matching.ExcludedMentor;
import org.crossfield.matching.MatchingService;
import org.crossfield.matching.MentorRecommendation;
import org.crossfield.matching.MentorRecommendations;
import org.springframework.security.access.AccessDeniedException;

/** The top 10 industry mentors for a project, each with its score and why, and who was kept out and why. */
@Route("projects/:projectId/mentors")
@PageTitle("Recommended mentors")
@RolesAllowed({Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class RecommendedMentorsView extends VerticalLayout implements BeforeEnterObserver {

    private final MatchingService matching;

    private final org.crossfield.competency.CompetencyFrameworkService framework;

    public RecommendedMentorsView(MatchingService matching, org.crossfield.competency.CompetencyFrameworkService framework) {
        this.matching = matching;
        this.framework = framework;
        setId("recommended-mentors");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        MentorRecommendations result;
        long projectId;
        try {
            projectId = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
            result = matching.recommendMentors(projectId, MatchingService.DEFAULT_K);
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new H2("Not available"), new Paragraph("Only the project's supervisor, its programme's coordinators and administrators see its recommended mentors."));
            return;
        } catch (RuntimeException e) {
            // never the exception's text: the project is unknown or could not be read
            org.slf4j.LoggerFactory.getLogger(RecommendedMentorsView.class).info("No recommendations for {}: {}",
                    event.getRouteParameters().get("projectId").orElse(""), e.toString());
            add(new H2("No such project"), new Paragraph("The project does not exist or was removed."),
                    new com.vaadin.flow.component.html.Anchor("projects", "All projects"));
            return;
        }
        add(new H2(result.project().summary().title()), new Anchor("projects/" + projectId, "Back to the project"));
        Paragraph intro = new Paragraph("The " + result.mentors().size() + " best of " + result.mentorsConsidered()
                + " mentors. A score of 1.000 means every required competency is met at its level; \"How the score is computed\""
                + " under each mentor shows the formula."
                + " Mentors from " + result.project().summary().organisationName() + " (" + result.sameOrganisation()
                + ") and mentors with no free capacity (" + result.atCapacity() + ") are not eligible.");
        intro.addClassName("cf-muted");

        Grid<MentorRecommendation> grid = new Grid<>();
        grid.setId("mentor-recommendations");
        grid.addColumn(MentorRecommendation::name).setHeader("Mentor").setAutoWidth(true);
        grid.addColumn(m -> m.organisation() + " (" + m.country() + ")").setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(m -> Explanations.score(m.score())).setHeader("Score").setAutoWidth(true);
        grid.addColumn(MentorRecommendation::unmet).setHeader("Unmet").setAutoWidth(true);
        java.util.Map<String, String> names = Explanations.names(framework.activeFramework());
        grid.addColumn(new ComponentRenderer<>(m -> Explanations.of(m.lines(), names))).setHeader("Why").setWidth("26rem").setFlexGrow(4);
        grid.setItems(result.mentors());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(intro, grid);

        H3 excludedTitle = new H3("Excluded by declared conflicts of interest (" + result.declaredConflicts().size() + ")");
        Grid<ExcludedMentor> excluded = new Grid<>();
        excluded.setId("excluded-mentors");
        excluded.addColumn(ExcludedMentor::name).setHeader("Mentor").setAutoWidth(true);
        excluded.addColumn(ExcludedMentor::organisation).setHeader("Organisation").setAutoWidth(true);
        excluded.addColumn(ExcludedMentor::reason).setHeader("Reason").setFlexGrow(2);
        excluded.setItems(result.declaredConflicts());
        excluded.setAllRowsVisible(true);
        excluded.setEmptyStateText("No mentor declared a conflict with this project.");
        excluded.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(excludedTitle, excluded);
    }
}
