package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.PostingSearchService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.SaveSearchCmd;
import org.crossfield.marketplace.SavedSearchNotFoundException;
import org.crossfield.marketplace.SavedSearchService;
import org.crossfield.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Search over challenges and PhD projects: words and facets, results paged in the database as the grid scrolls. */
@Route("postings")
@PageTitle("Find postings")
@Menu(order = 21, icon = "vaadin:search", title = "Find postings")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class FindPostingsView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that opens a saved search: {@code postings?saved=12}. */
    public static final String SAVED_PARAMETER = "saved";

    private final TextField text = new TextField();
    private final Select<PostingKind> kind = new Select<>();
    private final ComboBox<CompetencySummary> competency = new ComboBox<>(getTranslation("marketplace.column.competency"));
    private final ComboBox<String> domain = new ComboBox<>(getTranslation("marketplace.find.domain"));
    private final ComboBox<String> country = new ComboBox<>(getTranslation("marketplace.column.country"));
    private final Select<DataTier> dataTier = new Select<>();
    private final ComboBox<ProgrammeBrief> programme = new ComboBox<>(getTranslation("marketplace.column.programme"));
    private final Select<ProjectStatus> status = new Select<>();
    private final SavedSearchService saved;
    private final List<CompetencySummary> competencies;
    private final List<ProgrammeBrief> programmes;

    public FindPostingsView(PostingSearchService search, ChallengeService challenges, CompetencyFrameworkService framework,
                            SavedSearchService saved) {
        this.saved = saved;
        this.competencies = framework.activeFramework().competencies();
        this.programmes = challenges.programmes();
        setId("find-postings");
        setSizeFull();
        text.setId("posting-search");
        text.setLabel(getTranslation("marketplace.find.words"));
        text.setPlaceholder(getTranslation("marketplace.find.words-placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("18rem");
        kind.setId("posting-kind");
        kind.setLabel(getTranslation("marketplace.column.kind"));
        kind.setItems(PostingKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("marketplace.find.both"));
        kind.setItemLabelGenerator(k -> getTranslation(k == null ? "marketplace.find.both"
                : k == PostingKind.PROJECT ? "marketplace.find.projects" : "marketplace.find.challenges"));
        competency.setId("posting-competency");
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> c.code() + " · " + ReferenceNames.competency(c.code(), c.title(), getLocale()));
        competency.setClearButtonVisible(true);
        domain.setId("posting-domain");
        domain.setItems(search.domains());
        domain.setClearButtonVisible(true);
        country.setId("posting-country");
        country.setItems(search.countries());
        country.setClearButtonVisible(true);
        country.setWidth("8rem");
        dataTier.setId("posting-data-tier");
        dataTier.setLabel(getTranslation("marketplace.data-tier"));
        dataTier.setItems(DataTier.values());
        dataTier.setEmptySelectionAllowed(true);
        dataTier.setEmptySelectionCaption(getTranslation("marketplace.find.any"));
        dataTier.setItemLabelGenerator(t -> t == null ? getTranslation("marketplace.find.any") : Labels.of(t));
        programme.setId("posting-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeBrief::name);
        programme.setClearButtonVisible(true);
        status.setId("posting-status");
        status.setLabel(getTranslation("marketplace.column.status"));
        status.setItems(ProjectStatus.OPEN, ProjectStatus.CLOSED, ProjectStatus.AWARDED);
        status.setItemLabelGenerator(Labels::of);
        status.setValue(ProjectStatus.OPEN);

        Grid<PostingSummary> grid = new Grid<>();
        grid.setId("posting-grid");
        grid.addColumn(p -> Labels.of(p.kind())).setHeader(getTranslation("marketplace.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::title).setHeader(getTranslation("marketplace.column.title")).setFlexGrow(3).setTooltipGenerator(PostingSummary::title);
        grid.addColumn(PostingSummary::organisationName).setHeader(getTranslation("marketplace.column.organisation")).setFlexGrow(2);
        grid.addColumn(PostingSummary::country).setHeader(getTranslation("marketplace.column.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostingSummary::programmeName).setHeader(getTranslation("marketplace.column.programme")).setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.dataTier())).setHeader(getTranslation("marketplace.data-tier")).setAutoWidth(true);
        grid.addColumn(p -> Dates.day(p.deadline(), getLocale())).setHeader(getTranslation("marketplace.column.deadline")).setAutoWidth(true);
        // long titles and programme names wrap rather than end in "…"
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("marketplace.find.empty"));
        grid.setItemsPageable(pageable -> search.search(query(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
        // opens on selection, not on a click: selecting a row works with the mouse and with the keyboard (Space)
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        (e.getValue().kind() == PostingKind.PROJECT ? "projects/" : "challenges/") + e.getValue().id()));
            }
        });
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        competency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        country.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        dataTier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        programme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button save = new Button(getTranslation("marketplace.find.save-search"), VaadinIcon.BOOKMARK_O.create(), e -> saveDialog());
        save.setId("save-search");
        save.setTooltipText(getTranslation("marketplace.find.save-search-tooltip"));
        Anchor mine = new Anchor(SavedSearchesView.ROUTE, getTranslation("marketplace.find.my-saved-searches"));
        mine.setId("my-saved-searches-link");
        HorizontalLayout filters = new HorizontalLayout(text, kind, competency, domain, country, dataTier, programme, status,
                save, mine);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private void saveDialog() {
        new SaveSearchDialog(getTranslation("marketplace.find.save-title"), text.getValue().isBlank() ? "" : text.getValue().strip(), true,
                values -> PostingActions.attempt(() -> {
                    saved.save(new SaveSearchCmd(values.name(), query(), values.alerts()));
                    Notices.success(getTranslation(values.alerts() ? "marketplace.find.saved-alerts" : "marketplace.find.saved",
                            values.name()));
                })).open();
    }

    /** Opens a saved search ({@code ?saved=id}): its words and facets fill the filters. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault(SAVED_PARAMETER, List.of());
        if (ids.isEmpty()) {
            return;
        }
        try {
            show(saved.savedSearch(Long.parseLong(ids.getFirst())).query());
        } catch (NumberFormatException | SavedSearchNotFoundException | AccessDeniedException e) {
            Notices.error(getTranslation("marketplace.find.no-saved-search"));
        }
    }

    private void show(PostingQuery q) {
        text.setValue(q.text() == null ? "" : q.text());
        kind.setValue(q.kind());
        competency.setValue(competencies.stream().filter(c -> c.code().equals(q.competencyCode())).findFirst().orElse(null));
        domain.setValue(q.domain());
        country.setValue(q.country());
        dataTier.setValue(q.dataTier());
        programme.setValue(programmes.stream().filter(p -> Long.valueOf(p.id()).equals(q.programmeId())).findFirst().orElse(null));
        status.setValue(q.status() == null ? ProjectStatus.OPEN : q.status());
    }

    private PostingQuery query() {
        return new PostingQuery(kind.getValue(), text.getValue(), competency.getValue() == null ? null : competency.getValue().code(),
                domain.getValue(), country.getValue(), dataTier.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(), status.getValue());
    }
}
