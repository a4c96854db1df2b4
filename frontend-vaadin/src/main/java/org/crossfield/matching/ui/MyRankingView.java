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
import org.crossfield.i18n.Messages;
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
                a -> allocated.setText(getTranslation("matching.ranking.allocated", a.projectTitle(), a.studentRank(),
                        a.supervisorName())),
                () -> allocated.setVisible(false));
        Paragraph intro = new Paragraph(getTranslation("matching.ranking.intro", AllocationService.MAX_PREFERENCES));
        intro.addClassName("cf-muted");

        RankingEditor<ProjectSummary> ranking = new RankingEditor<>("ranking-grid", getTranslation("matching.ranking.project"),
                ProjectSummary::title, getTranslation("matching.ranking.institution"),
                p -> p.organisationName() + " (" + p.country() + ")", true);
        ranking.setItems(allocation.myPreferences());
        List<ProjectSummary> rankable = allocation.rankableProjects();
        ComboBox<ProjectSummary> add = new ComboBox<>(getTranslation("matching.ranking.add"));
        add.setId("add-project");
        add.setItemLabelGenerator(ProjectSummary::title);
        add.setItems(rankable);
        add.setHelperText(getTranslation("matching.ranking.add-help"));
        add.setWidth("36rem");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ranking.add(e.getValue());
                add.clear();
            }
        });
        Paragraph noApplications = new Paragraph();
        noApplications.setId("ranking-no-applications");
        noApplications.add(new Text(getTranslation("matching.ranking.no-applications-before")),
                new Anchor("postings", getTranslation("matching.ranking.no-applications-link")),
                new Text(getTranslation("matching.ranking.no-applications-after")));
        noApplications.setVisible(rankable.isEmpty());
        Button save = new Button(getTranslation("matching.ranking.save"), e -> {
            try {
                ranking.setItems(allocation.rankMyProjects(ranking.items().stream().map(ProjectSummary::id).toList()));
                Notices.success(getTranslation("matching.ranking.saved"));
            } catch (InvalidMatchingRequestException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        save.setId("save-ranking");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(add, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(allocated, intro, noApplications, row, ranking);
    }
}
