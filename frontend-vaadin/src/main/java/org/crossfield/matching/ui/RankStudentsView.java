package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.Roles;
import org.crossfield.matching.AllocationService;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.RankedStudent;
import org.crossfield.platform.ui.Notices;

/** A supervisor ranks the students who chose their projects; the stable allocation uses this ranking. */
@Route("rank-students")
@PageTitle("Rank students")
@Menu(order = 26, icon = "vaadin:list-ol", title = "Rank students")
@RolesAllowed(Roles.SUPERVISOR)
public class RankStudentsView extends VerticalLayout {

    public RankStudentsView(AllocationService allocation) {
        setId("rank-students");
        Paragraph intro = new Paragraph(getTranslation("matching.rank-students.intro"));
        intro.addClassName("cf-muted");
        RankingEditor<RankedStudent> ranking = new RankingEditor<>("student-ranking-grid", getTranslation("matching.rank-students.student"),
                s -> s.name() + (s.organisation() == null ? "" : " (" + s.organisation() + ")"),
                getTranslation("matching.rank-students.projects-chosen"), RankedStudent::projectsChosen, false);
        ranking.setItems(allocation.myApplicants());
        Button save = new Button(getTranslation("matching.ranking.save"), e -> {
            try {
                ranking.setItems(allocation.rankMyApplicants(ranking.items().stream().map(RankedStudent::studentId).toList()));
                Notices.success(getTranslation("matching.ranking.saved"));
            } catch (InvalidMatchingRequestException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        save.setId("save-student-ranking");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, save, ranking);
    }
}
