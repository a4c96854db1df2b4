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
            add(new H2(getTranslation("matching.mentors.not-available")), new Paragraph(getTranslation("matching.mentors.not-available-text")));
            return;
        } catch (RuntimeException e) {
            // never the exception's text: the project is unknown or could not be read
            org.slf4j.LoggerFactory.getLogger(RecommendedMentorsView.class).info("No recommendations for {}: {}",
                    event.getRouteParameters().get("projectId").orElse(""), e.toString());
            add(new H2(getTranslation("matching.mentors.no-such-project")), new Paragraph(getTranslation("matching.mentors.no-such-project-text")),
                    new Anchor("projects", getTranslation("matching.mentors.all-projects")));
            return;
        }
        add(new H2(result.project().summary().title()), new Anchor("projects/" + projectId, getTranslation("matching.mentors.back")));
        Paragraph intro = new Paragraph(getTranslation("matching.mentors.intro", result.mentors().size(), result.mentorsConsidered(),
                result.project().summary().organisationName(), result.sameOrganisation(), result.atCapacity()));
        intro.addClassName("cf-muted");

        Grid<MentorRecommendation> grid = new Grid<>();
        grid.setId("mentor-recommendations");
        grid.addColumn(MentorRecommendation::name).setHeader(getTranslation("matching.mentors.mentor")).setAutoWidth(true);
        grid.addColumn(m -> m.organisation() + " (" + m.country() + ")").setHeader(getTranslation("matching.mentors.organisation")).setAutoWidth(true);
        grid.addColumn(m -> Explanations.score(m.score(), getLocale())).setHeader(getTranslation("matching.mentors.score")).setAutoWidth(true);
        grid.addColumn(MentorRecommendation::unmet).setHeader(getTranslation("matching.mentors.unmet")).setAutoWidth(true);
        java.util.Map<String, String> names = Explanations.names(framework.activeFramework(), getLocale());
        grid.addColumn(new ComponentRenderer<>(m -> Explanations.of(m.lines(), names, this))).setHeader(getTranslation("matching.mentors.why")).setWidth("26rem").setFlexGrow(4);
        grid.setItems(result.mentors());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(intro, grid);

        H3 excludedTitle = new H3(getTranslation("matching.mentors.excluded", result.declaredConflicts().size()));
        Grid<ExcludedMentor> excluded = new Grid<>();
        excluded.setId("excluded-mentors");
        excluded.addColumn(ExcludedMentor::name).setHeader(getTranslation("matching.mentors.mentor")).setAutoWidth(true);
        excluded.addColumn(ExcludedMentor::organisation).setHeader(getTranslation("matching.mentors.organisation")).setAutoWidth(true);
        excluded.addColumn(ExcludedMentor::reason).setHeader(getTranslation("matching.mentors.reason")).setFlexGrow(2);
        excluded.setItems(result.declaredConflicts());
        excluded.setAllRowsVisible(true);
        excluded.setEmptyStateText(getTranslation("matching.mentors.no-excluded"));
        excluded.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(excludedTitle, excluded);
    }
}
