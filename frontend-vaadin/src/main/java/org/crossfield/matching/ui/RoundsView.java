package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.CreateRoundCmd;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.RoundSummary;
import org.crossfield.platform.ui.Notices;

/** A coordinator's matching rounds, and a new one: programme, name, projects in scope and mentors' countries. */
@Route("matching/rounds")
@PageTitle("Matching rounds")
@Menu(order = 40, icon = "vaadin:random", title = "Matching rounds")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class RoundsView extends VerticalLayout {

    static final List<String> COUNTRIES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "CH", "UK");

    public RoundsView(MatchingRoundService rounds, IdentityService identity, ProjectService projects) {
        setId("rounds");
        Grid<RoundSummary> grid = new Grid<>();
        grid.setId("round-grid");
        grid.addColumn(RoundSummary::name).setHeader(getTranslation("matching.rounds.round")).setFlexGrow(2);
        grid.addColumn(RoundSummary::programmeName).setHeader(getTranslation("matching.rounds.programme")).setFlexGrow(2);
        grid.addColumn(r -> Labels.status(this, r.status())).setHeader(getTranslation("matching.rounds.status")).setAutoWidth(true);
        grid.addColumn(RoundSummary::projects).setHeader(getTranslation("matching.rounds.projects")).setAutoWidth(true);
        grid.addColumn(r -> r.filledSlots() == null ? "" : r.filledSlots() + " / " + (r.filledSlots() + r.openSlots()))
                .setHeader(getTranslation("matching.rounds.slots-filled")).setAutoWidth(true);
        grid.addColumn(r -> Dates.when(r.createdAt(), getLocale())).setHeader(getTranslation("matching.rounds.created")).setAutoWidth(true);
        grid.setItems(rounds.myRounds());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("matching.rounds.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("matching/rounds/" + e.getItem().id())));

        List<ProgrammeBrief> programmes = identity.myProgrammes();
        Select<ProgrammeBrief> programme = new Select<>();
        programme.setLabel(getTranslation("matching.rounds.programme"));
        programme.setId("round-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programme.setWidth("26rem");
        TextField name = new TextField(getTranslation("matching.rounds.name"));
        name.setId("round-name");
        name.setMaxLength(120);
        name.setPlaceholder(getTranslation("matching.rounds.name-placeholder"));
        name.setWidth("20rem");
        MultiSelectComboBox<ProjectSummary> scope = new MultiSelectComboBox<>(getTranslation("matching.rounds.scope"));
        scope.setId("round-projects");
        scope.setItemLabelGenerator(ProjectSummary::title);
        scope.setWidth("40rem");
        scope.setHelperText(getTranslation("matching.rounds.scope-help"));
        MultiSelectComboBox<String> countries = new MultiSelectComboBox<>(getTranslation("matching.rounds.countries"));
        countries.setId("round-countries");
        countries.setItems(COUNTRIES);
        countries.setItemLabelGenerator(c -> Labels.country(c, getLocale()));
        countries.setWidth("20rem");
        programme.addValueChangeListener(e -> {
            List<ProjectSummary> open = e.getValue() == null ? List.of() : projects.openProjectsInProgramme(e.getValue().id());
            scope.setItems(open);
            scope.select(open);
        });
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
        Button create = new Button(getTranslation("matching.rounds.create"), e -> {
            if (programme.getValue() == null) {
                Notices.error(getTranslation("matching.rounds.choose-programme"));
                return;
            }
            try {
                Set<Long> ids = scope.getSelectedItems().stream().map(ProjectSummary::id).collect(Collectors.toSet());
                RoundSummary round = rounds.createRound(new CreateRoundCmd(programme.getValue().id(), name.getValue(), ids,
                        countries.getSelectedItems()));
                getUI().ifPresent(ui -> ui.navigate("matching/rounds/" + round.id()));
            } catch (InvalidMatchingRequestException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        create.setId("create-round");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout first = new HorizontalLayout(programme, name);
        HorizontalLayout second = new HorizontalLayout(scope, countries);
        second.setWrap(true);
        first.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("matching.rounds.help"));
        help.addClassName("cf-muted");
        add(grid, new H3(getTranslation("matching.rounds.new")), help, first, second, create);
    }

}
