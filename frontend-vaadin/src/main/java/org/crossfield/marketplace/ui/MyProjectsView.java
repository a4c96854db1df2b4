package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.PostingSearchService;
import org.crossfield.marketplace.ProjectDraft;
import org.crossfield.marketplace.ProjectPosting;
import org.crossfield.marketplace.ProjectPostingService;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;

/** A supervisor's PhD projects: the list, and a form to write a draft, save it and submit it for review. */
@Route("my-projects")
@PageTitle("My PhD projects")
@Menu(order = 23, icon = "vaadin:file-text-o", title = "My PhD projects")
@RolesAllowed(Roles.SUPERVISOR)
public class MyProjectsView extends SplitLayout {

    private final ProjectPostingService postings;
    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final ProjectForm form;
    private final Span status = new Span();
    private final Button save = new Button(getTranslation("marketplace.mine.save-draft"), VaadinIcon.DISC.create());
    private final Button submit = new Button(getTranslation("marketplace.mine.submit"), VaadinIcon.PAPERPLANE.create());
    private final Button close = new Button(getTranslation("marketplace.mine.close"), VaadinIcon.LOCK.create());
    private final Button award = new Button(getTranslation("marketplace.mine.award"), VaadinIcon.TROPHY.create());
    private final Button archive = new Button(getTranslation("marketplace.mine.archive"), VaadinIcon.ARCHIVE.create());
    private Long editing;

    public MyProjectsView(ProjectPostingService postings, ProjectService projects, ChallengeService challenges,
                          PostingSearchService search, CompetencyFrameworkService framework) {
        this.postings = postings;
        this.projects = projects;
        setId("my-projects");
        setSizeFull();
        form = new ProjectForm(challenges.programmes(), challenges.ipRegimes(), framework.activeFramework().competencies(),
                query -> search.search(new PostingQuery(PostingKind.CHALLENGE, query.getFilter().orElse(null), null, null, null,
                        null, null, null), PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), query.getLimit()))
                        .getContent().stream());

        grid.setId("my-projects-grid");
        // titles wrap instead of being cut to a few letters in the narrow list
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("marketplace.projects.column.project")).setFlexGrow(3).setTooltipGenerator(ProjectSummary::title);
        grid.addColumn(p -> Labels.of(p.status())).setHeader(getTranslation("marketplace.column.status")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ProjectSummary::programmeName).setHeader(getTranslation("marketplace.column.programme")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("marketplace.mine.projects-empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        Button create = new Button(getTranslation("marketplace.mine.new-project"), VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("new-project");
        VerticalLayout left = new VerticalLayout(create, grid);
        left.setSizeFull();

        save.setId("save-project");
        save.addClickListener(e -> save().ifPresent(id -> saved(id, getTranslation("marketplace.mine.draft-saved"))));
        submit.setId("submit-project");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save().ifPresent(id -> {
            if (PostingActions.attempt(() -> postings.submit(id))) {
                saved(id, getTranslation("marketplace.mine.submitted"));
            }
        }));
        // the end of a project: its supervisor closes it (projects have no deadline), then awards or archives it
        close.setId("close-project");
        close.setTooltipText(getTranslation("marketplace.mine.close-tooltip"));
        close.addClickListener(e -> changeStatus(() -> postings.close(editing), getTranslation("marketplace.mine.closed")));
        award.setId("award-project");
        award.setTooltipText(getTranslation("marketplace.mine.award-project-tooltip"));
        award.addClickListener(e -> changeStatus(() -> postings.award(editing), getTranslation("marketplace.mine.awarded")));
        archive.setId("archive-project");
        archive.setTooltipText(getTranslation("marketplace.mine.archive-project-tooltip"));
        archive.addClickListener(e -> changeStatus(() -> postings.archive(editing), getTranslation("marketplace.mine.archived")));
        status.setId("project-status");
        // the form is long: it scrolls between its heading and its buttons
        Scroller scroller = new Scroller(form);
        VerticalLayout right = new VerticalLayout(new HorizontalLayout(new H3(getTranslation("marketplace.mine.project-heading")), status), scroller,
                PostingActions.buttonRow(save, submit, close, award, archive));
        right.setSizeFull();
        right.setFlexGrow(1, scroller);
        addToPrimary(left);
        addToSecondary(right);
        setSplitterPosition(40);
        refresh();
        startNew();
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        form.clear();
        status.setText(getTranslation("marketplace.mine.new-draft"));
        save.setVisible(true);
        submit.setVisible(true);
        save.setEnabled(true);
        submit.setEnabled(true);
        close.setVisible(false);
        award.setVisible(false);
        archive.setVisible(false);
    }

    private void open(long id) {
        ProjectPosting posting = postings.posting(id);
        editing = id;
        boolean draft = posting.status() == ProjectStatus.DRAFT;
        form.show(posting.content(), posting.linkedChallenges(), draft);
        status.setText(Labels.of(posting.status()) + (posting.reviewComment() == null ? "" : " — " + posting.reviewComment()));
        PostingActions.showSteps(posting.status(), save, submit, close, award, archive);
    }

    private void changeStatus(Runnable change, String message) {
        if (editing != null && PostingActions.attempt(change)) {
            saved(editing, message);
        }
    }

    private Optional<Long> save() {
        Optional<ProjectDraft> draft = form.validatedDraft();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> saved = PostingActions.saveDraft(editing, () -> postings.createDraft(draft.get()),
                id -> postings.updateDraft(id, draft.get()));
        saved.ifPresent(id -> editing = id);
        return saved;
    }

    private void saved(long id, String message) {
        Notices.success(message);
        refresh();
        open(id);
    }

    private void refresh() {
        grid.setItems(projects.mySupervisedProjects());
    }
}
