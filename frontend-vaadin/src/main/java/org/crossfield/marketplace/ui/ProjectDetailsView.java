package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectAccess;
import org.crossfield.marketplace.ProjectDetails;
import org.crossfield.marketplace.ProjectNotFoundException;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.RequiredCompetency;

/** One PhD project: its question, institution and required competencies; its managers get to its recommended mentors. */
@Route("projects/:projectId")
@PageTitle("PhD project")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ProjectDetailsView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final ProjectAccess access;
    private final org.crossfield.competency.CompetencyFrameworkService framework;
    private final org.crossfield.competency.ProfileService profiles;

    public ProjectDetailsView(ProjectService projects, ProjectAccess access,
                              org.crossfield.competency.CompetencyFrameworkService framework,
                              org.crossfield.competency.ProfileService profiles) {
        this.projects = projects;
        this.access = access;
        this.framework = framework;
        this.profiles = profiles;
        setId("project-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        ProjectDetails project;
        try {
            id = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
            project = projects.project(id);
        } catch (NumberFormatException | ProjectNotFoundException | org.springframework.security.access.AccessDeniedException e) {
            // a project the person may not see (a draft, another supervisor's submission) answers exactly like an
            // unknown id, so that the address tells nothing about what exists
            add(new H2(getTranslation("marketplace.project.not-found")), new Paragraph(getTranslation("marketplace.project.not-found-text")),
                    new Anchor("projects", getTranslation("marketplace.project.all-projects")));
            return;
        }
        var s = project.summary();
        H2 title = new H2(s.title());
        title.setId("project-title");
        Paragraph meta = new Paragraph(getTranslation("marketplace.project.meta", s.organisationName(), s.country(),
                s.supervisorName(), s.programmeName(), s.mentorSlots(), Labels.of(s.status())));
        meta.addClassName("cf-muted");
        Paragraph question = new Paragraph(project.researchQuestion());
        java.util.Map<String, String> names = RequirementsTable.competencyNames(framework, getLocale());
        Grid<RequiredCompetency> requirements = RequirementsTable.of("project-requirements", project.requirements(), names,
                r -> r.weight() == Math.rint(r.weight()) ? String.valueOf((long) r.weight()) : String.valueOf(r.weight()));
        add(new Anchor("projects", getTranslation("marketplace.project.all-phd-projects")), title, meta,
                new H3(getTranslation("marketplace.project.research-question")), question,
                new H3(getTranslation("marketplace.required-competencies")), requirements);
        org.crossfield.identity.CurrentUser.get().filter(u -> u.hasRole(Roles.STUDENT) || u.hasRole(Roles.MENTOR))
                .ifPresent(u -> add(Fit.paragraph(project.requirements(), profiles.profileOf(u.getId()), names)));
        if (access.canManage(id)) {
            Anchor mentors = new Anchor("projects/" + id + "/mentors", getTranslation("marketplace.project.recommended-mentors"));
            mentors.setId("recommended-mentors-link");
            add(mentors);
        }
        org.crossfield.identity.CurrentUser.get().filter(u -> u.hasRole(Roles.STUDENT) && s.status() == org.crossfield.marketplace.ProjectStatus.OPEN).ifPresent(u -> {
            Anchor apply = new Anchor("projects/" + id + "/apply", getTranslation("marketplace.project.apply"));
            apply.setId("apply-to-project");
            add(apply);
        });
        add(new Span(""));
    }
}
