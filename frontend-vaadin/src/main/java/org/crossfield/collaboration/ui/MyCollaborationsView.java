package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.CollaborationSummary;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;

/**
 * The collaborations the current person takes part in (student, supervisor, mentor, partner manager) and, for
 * coordinators, the collaborations of their programmes (a lazy grid paged in the database). Each opens its workspace.
 */
@Route("collaborations")
@PageTitle("My collaborations")
@Menu(order = 45, icon = "vaadin:group", title = "My collaborations")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR})
public class MyCollaborationsView extends VerticalLayout {

    public MyCollaborationsView(CollaborationService collaborations, IdentityService identity) {
        setId("my-collaborations");
        List<CollaborationSummary> mine = collaborations.myCollaborations();
        boolean coordinator = CurrentUser.get().map(u -> u.hasRole(Roles.COORDINATOR)).orElse(false);
        if (!mine.isEmpty() || !coordinator) {
            Grid<CollaborationSummary> grid = grid("my-collaborations-grid");
            grid.setItems(mine);
            Paragraph intro = new Paragraph(getTranslation(mine.isEmpty() ? "collaboration.mine.none" : "collaboration.mine.intro"));
            intro.setId("my-collaborations-intro");
            intro.addClassName("cf-muted");
            add(intro, grid);
        }
        if (coordinator) {
            List<ProgrammeBrief> programmes = identity.myProgrammes();
            Select<ProgrammeBrief> programme = new Select<>();
            programme.setId("collaborations-programme");
            programme.setLabel(getTranslation("collaboration.mine.programme"));
            programme.setItems(programmes);
            programme.setItemLabelGenerator(ProgrammeBrief::name);
            programme.setWidth("26rem");
            Grid<CollaborationSummary> grid = grid("programme-collaborations-grid");
            grid.setAllRowsVisible(false);
            grid.setHeight("32rem");
            programme.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    long id = e.getValue().id();
                    grid.setItems(query -> collaborations.programmeCollaborations(id,
                            org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                            .getContent().stream());
                }
            });
            if (!programmes.isEmpty()) {
                programme.setValue(programmes.getFirst());
            }
            add(new H3(getTranslation("collaboration.mine.programmes")), programme, grid);
        }
    }

    private Div people(CollaborationSummary c) {
        Div people = new Div();
        person(people, "collaboration.mine.student", c.studentName());
        person(people, "collaboration.mine.supervisor", c.supervisorName());
        person(people, "collaboration.mine.mentor", c.mentorName());
        return people;
    }

    private void person(Div people, String roleKey, String name) {
        if (name != null) {
            Span label = new Span(getTranslation(roleKey) + " ");
            label.addClassName("cf-muted");
            people.add(new Div(label, new Span(name)));
        }
    }

    private Grid<CollaborationSummary> grid(String id) {
        Grid<CollaborationSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(c -> {
            Anchor open = new Anchor("collaborations/" + c.id(), c.title());
            open.setId("open-collaboration-" + c.id());
            return open;
        }).setHeader(getTranslation("collaboration.mine.collaboration")).setWidth("14rem").setFlexGrow(3);
        grid.addColumn(CollaborationSummary::programmeName).setHeader(getTranslation("collaboration.mine.programme")).setWidth("9rem").setFlexGrow(1);
        // one line per person, so that the list fits the screen instead of scrolling sideways
        grid.addComponentColumn(this::people).setHeader(getTranslation("collaboration.mine.people")).setWidth("13rem").setFlexGrow(2);
        grid.addColumn(c -> nullToEmpty(c.partnerOrganisationName())).setHeader(getTranslation("collaboration.mine.partner")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(c -> CollaborationTexts.status(c.status())).setHeader(getTranslation("collaboration.mine.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Dates.day(LocalDate.ofInstant(c.startedAt(), Dates.zone()), getLocale()))
                .setHeader(getTranslation("collaboration.mine.started")).setAutoWidth(true).setFlexGrow(0);
        // long titles and names wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
