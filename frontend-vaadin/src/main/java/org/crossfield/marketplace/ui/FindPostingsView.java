package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencyView;
import org.crossfield.identity.ProgrammeView;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.PostingSearchService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectStatus;
import org.springframework.data.domain.PageRequest;

/** Search over challenges and PhD projects: words and facets, results paged in the database as the grid scrolls. */
@Route("postings")
@PageTitle("Find postings")
@Menu(order = 21, icon = "vaadin:search", title = "Find postings")
@RolesAllowed({"STUDENT", "SUPERVISOR", "MENTOR", "PARTNER", "COORDINATOR", "ADMIN"})
public class FindPostingsView extends VerticalLayout {

    private final TextField text = new TextField();
    private final Select<PostingKind> kind = new Select<>();
    private final ComboBox<CompetencyView> competency = new ComboBox<>("Competency");
    private final ComboBox<String> domain = new ComboBox<>("Domain");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final Select<DataTier> dataTier = new Select<>();
    private final ComboBox<ProgrammeView> programme = new ComboBox<>("Programme");
    private final Select<ProjectStatus> status = new Select<>();

    public FindPostingsView(PostingSearchService search, ChallengeService challenges, CompetencyFrameworkService framework) {
        setId("find-postings");
        setSizeFull();
        text.setId("posting-search");
        text.setLabel("Words");
        text.setPlaceholder("e.g. sepsis federated");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("18rem");
        kind.setId("posting-kind");
        kind.setLabel("Kind");
        kind.setItems(PostingKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Both");
        kind.setItemLabelGenerator(k -> k == null ? "Both" : k == PostingKind.PROJECT ? "PhD projects" : "Challenges");
        competency.setId("posting-competency");
        competency.setItems(framework.activeFramework().competencies());
        competency.setItemLabelGenerator(c -> c.code() + " · " + c.title());
        competency.setClearButtonVisible(true);
        domain.setId("posting-domain");
        domain.setItems(search.domains());
        domain.setClearButtonVisible(true);
        country.setId("posting-country");
        country.setItems(search.countries());
        country.setClearButtonVisible(true);
        country.setWidth("8rem");
        dataTier.setId("posting-data-tier");
        dataTier.setLabel("Data tier");
        dataTier.setItems(DataTier.values());
        dataTier.setEmptySelectionAllowed(true);
        dataTier.setEmptySelectionCaption("Any");
        dataTier.setItemLabelGenerator(t -> t == null ? "Any" : Labels.of(t));
        programme.setId("posting-programme");
        programme.setItems(challenges.programmes());
        programme.setItemLabelGenerator(ProgrammeView::name);
        programme.setClearButtonVisible(true);
        status.setId("posting-status");
        status.setLabel("Status");
        status.setItems(ProjectStatus.OPEN, ProjectStatus.CLOSED, ProjectStatus.AWARDED);
        status.setItemLabelGenerator(Labels::of);
        status.setValue(ProjectStatus.OPEN);

        Grid<PostingSummary> grid = new Grid<>();
        grid.setId("posting-grid");
        grid.addColumn(p -> p.kind() == PostingKind.PROJECT ? "PhD project" : "Challenge").setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(PostingSummary::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(PostingSummary::country).setHeader("Country").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::programmeName).setHeader("Programme").setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.dataTier())).setHeader("Data tier").setAutoWidth(true);
        grid.addColumn(PostingSummary::deadline).setHeader("Deadline").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No postings match: try fewer words or filters.");
        grid.setItemsPageable(pageable -> search.search(query(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                (e.getItem().kind() == PostingKind.PROJECT ? "projects/" : "challenges/") + e.getItem().id())));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        competency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        dataTier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        programme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(text, kind, competency, domain, country, dataTier, programme, status);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private PostingQuery query() {
        return new PostingQuery(kind.getValue(), text.getValue(), competency.getValue() == null ? null : competency.getValue().code(),
                domain.getValue(), country.getValue(), dataTier.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(), status.getValue());
    }
}
