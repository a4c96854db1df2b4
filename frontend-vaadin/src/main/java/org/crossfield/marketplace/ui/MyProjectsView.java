package org.crossfield.marketplace.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
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
import org.springframework.data.domain.PageRequest;

/** A supervisor's PhD projects: the list, and a form to write a draft, save it and submit it for review. */
@Route("my-projects")
@PageTitle("My PhD projects")
@Menu(order = 23, icon = "vaadin:file-text-o", title = "My PhD projects")
@RolesAllowed(Roles.SUPERVISOR)
public class MyProjectsView extends MyPostingsLayout<ProjectSummary> {

    private final ProjectPostingService postings;
    private final ProjectForm form;

    public MyProjectsView(ProjectPostingService postings, ProjectService projects, ChallengeService challenges,
                          PostingSearchService search, CompetencyFrameworkService framework) {
        // the end of a project: its supervisor closes it (projects have no deadline), then awards or archives it
        super(new Texts("project", "marketplace.mine.new-project", "marketplace.mine.projects-empty",
                "marketplace.mine.project-heading", "marketplace.mine.close-tooltip",
                "marketplace.mine.award-project-tooltip", "marketplace.mine.archive-project-tooltip"));
        this.postings = postings;
        form = new ProjectForm(challenges.programmes(), challenges.ipRegimes(), framework.activeFramework().competencies(),
                query -> search.search(new PostingQuery(PostingKind.CHALLENGE, query.getFilter().orElse(null), null, null, null,
                        null, null, null), PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), query.getLimit()))
                        .getContent().stream());

        // titles wrap instead of being cut to a few letters in the narrow list
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("marketplace.projects.column.project")).setFlexGrow(3).setTooltipGenerator(ProjectSummary::title);
        grid.addColumn(p -> Labels.of(p.status())).setHeader(getTranslation("marketplace.column.status")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ProjectSummary::programmeName).setHeader(getTranslation("marketplace.column.programme")).setFlexGrow(1);
        layOut(form, new Steps<>(ProjectSummary::id, projects::mySupervisedProjects, form::clear, this::show,
                this::saveDraft, postings::submit, postings::close, postings::award, postings::archive));
    }

    private Shown show(long id) {
        ProjectPosting posting = postings.posting(id);
        boolean draft = posting.status() == ProjectStatus.DRAFT;
        form.show(posting.content(), posting.linkedChallenges(), draft);
        return new Shown(posting.status(), posting.reviewComment());
    }

    private Optional<Long> saveDraft(Long id) {
        Optional<ProjectDraft> draft = form.validatedDraft();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return PostingActions.saveDraft(id, () -> postings.createDraft(draft.get()),
                existing -> postings.updateDraft(existing, draft.get()));
    }
}
