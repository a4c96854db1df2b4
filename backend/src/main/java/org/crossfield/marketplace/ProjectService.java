package org.crossfield.marketplace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PhD projects: reading them. Posting and approval come with the marketplace workflow. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final PhdProjectRepository projects;
    private final ProjectQueries queries;

    ProjectService(PhdProjectRepository projects, ProjectQueries queries) {
        this.projects = projects;
        this.queries = queries;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public ProjectDetails project(long projectId) {
        ProjectSummary summary = queries.summary(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
        PhdProject project = projects.withRequirements(List.of(projectId)).getFirst();
        return new ProjectDetails(summary, project.getResearchQuestion(), project.requirementViews());
    }

    /** Open projects, newest first, optionally in one programme and with a title containing {@code text}. */
    @PreAuthorize("isAuthenticated()")
    public Slice<ProjectSummary> openProjects(Long programmeId, String text, Pageable pageable) {
        return queries.open(programmeId, text, pageable);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).SUPERVISOR)")
    public List<ProjectSummary> mySupervisedProjects() {
        return queries.bySupervisor(CurrentUser.require().getId());
    }

    /** Open projects of a programme, for a coordinator choosing a matching round's scope (at most 20,000). */
    @PreAuthorize("@access.coordinates(#programmeId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<ProjectSummary> openProjectsInProgramme(long programmeId) {
        return queries.openInProgramme(programmeId, 20_000);
    }

    /** Requirements of several projects at once (for matching), of those the current person may see. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<RequiredCompetency>> requirementsOf(Collection<Long> projectIds) {
        List<Long> visible = summaries(projectIds).stream().map(ProjectSummary::id).toList();
        if (visible.isEmpty()) {
            return Map.of();
        }
        return projects.withRequirements(visible).stream()
                .collect(Collectors.toMap(PhdProject::getId, PhdProject::requirementViews));
    }

    /** Summaries of the given projects that the current person may see (open ones, their own, their programmes'). */
    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> summaries(Collection<Long> projectIds) {
        CrossfieldUser me = CurrentUser.require();
        return queries.summaries(projectIds, me.getId(), me.hasRole(Roles.ADMIN));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, ProjectSummary> summariesById(Collection<Long> projectIds) {
        return summaries(projectIds).stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
    }
}
