package org.crossfield.matching.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.AllocationService;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.platform.ui.Notices;

/**
 * A student ranks the PhD projects they applied to, first choice first; the stable allocation uses this ranking. Only
 * projects with a submitted application are offered (the service refuses the others too).
 */
@Route("ranking")
@PageTitle("My project ranking")
@Menu(order = 25, icon = "vaadin:list-ol", title = "My project ranking")
@RolesAllowed(Roles.STUDENT)
public class MyRankingView extends VerticalLayout {

    public MyRankingView(AllocationService allocation) {
        setId("my-ranking");
        Paragraph allocated = new Paragraph();
        allocated.setId("my-allocation");
        allocation.myAllocation().ifPresentOrElse(
                a -> allocated.setText("You have been allocated to \"" + a.projectTitle() + "\" (your choice no. " + a.studentRank()
                        + ", supervisor " + a.supervisorName() + ")."),
                () -> allocated.setVisible(false));
        Paragraph intro = new Paragraph("Rank the projects you have applied to, your first choice first (at most "
                + AllocationService.MAX_PREFERENCES + "). Your coordinator allocates everyone from these rankings with "
                + "one of three methods: stable (it also follows the supervisors' rankings, and no student and supervisor "
                + "would both rather be together), greedy (as many first choices as possible) or generous (as few students as "
                + "possible on their last choices). Rank every project you would accept, in your true order.");
        intro.addClassName("cf-muted");

        RankingEditor<ProjectSummary> ranking = new RankingEditor<>("ranking-grid", "Project", ProjectSummary::title,
                "Institution", p -> p.organisationName() + " (" + p.country() + ")", true);
        ranking.setItems(allocation.myPreferences());
        List<ProjectSummary> rankable = allocation.rankableProjects();
        ComboBox<ProjectSummary> add = new ComboBox<>("Add a project you applied to");
        add.setId("add-project");
        add.setItemLabelGenerator(ProjectSummary::title);
        add.setItems(rankable);
        add.setHelperText("Only open projects with a submitted application of yours (not withdrawn or rejected) can be ranked.");
        add.setWidth("36rem");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ranking.add(e.getValue());
                add.clear();
            }
        });
        Paragraph noApplications = new Paragraph();
        noApplications.setId("ranking-no-applications");
        noApplications.add(new Text("You have no submitted applications to open projects yet. "),
                new Anchor("postings", "Find a PhD project"), new Text(" and apply to it; then you can rank it here."));
        noApplications.setVisible(rankable.isEmpty());
        Button save = new Button("Save ranking", e -> {
            try {
                ranking.setItems(allocation.rankMyProjects(ranking.items().stream().map(ProjectSummary::id).toList()));
                Notices.success("Ranking saved.");
            } catch (InvalidMatchingRequestException ex) {
                Notices.error(ex.getMessage());
            }
        });
        save.setId("save-ranking");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(add, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(allocated, intro, noApplications, row, ranking);
    }
}
