package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.PeopleFilter;
import org.crossfield.identity.ProgrammeAdminService;
import org.crossfield.identity.ProgrammeSummary;
import org.crossfield.identity.ProgrammeSummary.OrganisationRef;
import org.crossfield.identity.ProgrammeSummary.PersonRef;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.PageRequest;

/** Administrators keep the programmes: code, name, funder, period, the organisations taking part and the coordinators. */
@Route("admin/programmes")
@PageTitle("Programmes")
@Menu(order = 87, icon = "vaadin:academy-cap", title = "Programmes")
@RolesAllowed(Roles.ADMIN)
public class ProgrammesView extends VerticalLayout {

    private final ProgrammeAdminService programmes;
    private final TextField search = AdminUi.searchField("programme-search", "Code, name or funder", "18rem");
    private final Grid<ProgrammeSummary> grid = new Grid<>();
    private final ProgrammeForm form;
    private final EditorPanel panel;
    private ProgrammeSummary editing;

    public ProgrammesView(ProgrammeAdminService programmes, OrganisationAdminService organisations, PeopleAdminService people) {
        this.programmes = programmes;
        setId("programmes");
        setSizeFull();

        List<OrganisationRef> choosable = organisations.choosable().stream()
                .map(o -> new OrganisationRef(o.id(), o.name())).toList();
        form = new ProgrammeForm(choosable, query -> people.find(
                        new PeopleFilter(query.getFilter().orElse(""), null, Roles.COORDINATOR, null),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .map(p -> new PersonRef(p.id(), p.displayName(), p.email())));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button("New programme", VaadinIcon.PLUS.create(), e -> startNew());
        add.setId("new-programme");
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("programme-grid");
        grid.addColumn(ProgrammeSummary::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgrammeSummary::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(ProgrammesView::period).setHeader("Period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.organisations().size()).setHeader("Organisations").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.coordinators().stream().map(PersonRef::displayName).collect(Collectors.joining(", ")))
                .setHeader("Coordinators").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No programme matches. Add one with \"New programme\".");
        grid.setItemsPageable(page -> programmes.find(search.getValue(), page).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();

        panel = new EditorPanel("programme", "programme", form, this::save, () -> {
            if (editing != null) {
                edit(programmes.get(editing.id()));
                grid.getDataProvider().refreshAll();
            }
        });
        panel.setWidth("28rem");

        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(toolbar, body);
        setFlexGrow(1, body);
        startNew();
    }

    static String period(ProgrammeSummary p) {
        if (p.startsOn() == null && p.endsOn() == null) {
            return "";
        }
        return (p.startsOn() == null ? "…" : p.startsOn().toString()) + " – " + (p.endsOn() == null ? "…" : p.endsOn().toString());
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        form.clear();
        panel.show("New programme");
    }

    private void edit(ProgrammeSummary p) {
        editing = p;
        form.edit(p);
        panel.show("Edit " + p.code());
    }

    private void save() {
        form.validated().ifPresent(details -> panel.attempt(() -> {
            ProgrammeSummary saved = editing == null ? programmes.create(details)
                    : programmes.update(editing.id(), editing.version(), details);
            AdminUi.success((editing == null ? "Added " : "Saved ") + saved.code() + " · " + saved.name() + ".");
            grid.getDataProvider().refreshAll();
            edit(saved);
        }));
    }
}
