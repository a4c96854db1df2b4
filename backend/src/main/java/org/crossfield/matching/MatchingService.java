package org.crossfield.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.identity.CurrentUser;
import org.crossfield.marketplace.ProjectDetails;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.matching.engine.Explanation;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Scoring;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explained recommendations: the best mentors for a project (from the in-memory mentor index, never a database scan
 * per request) and the best open projects for a mentor. Scores come from the one scoring function of the engine.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    public static final int DEFAULT_K = 10;
    private static final int MAX_K = 50;
    private static final int MAX_PROJECTS_FOR_MENTOR = 20_000;

    private final ProjectService projects;
    private final MentorDirectory directory;
    private final ProjectConflicts conflicts;
    private final JdbcTemplate jdbc;

    MatchingService(ProjectService projects, MentorDirectory directory, ProjectConflicts conflicts, JdbcTemplate jdbc) {
        this.projects = projects;
        this.directory = directory;
        this.conflicts = conflicts;
        this.jdbc = jdbc;
    }

    /** The top {@code k} eligible mentors with free capacity for a project, explained; for whoever manages the project. */
    @PreAuthorize("@projectAccess.canManage(#projectId)")
    @io.micrometer.core.annotation.Timed(value = "crossfield.matching.recommendations", description = "Top-k mentors for a project")
    public MentorRecommendations recommendMentors(long projectId, int k) {
        int limit = Math.max(1, Math.min(k, MAX_K));
        ProjectDetails project = projects.project(projectId);
        Project engineProject = EngineMapping.project(project.summary(), project.requirements());
        List<ProjectConflicts.Conflict> declared = conflicts.forProjects(List.of(projectId));
        Set<String> excluded = new HashSet<>(directory.atCapacity());
        declared.forEach(c -> excluded.add(EngineMapping.engineId(c.mentorId())));
        List<Explanation> top = directory.index().topK(engineProject.requirements(), engineProject.organisation(), excluded, limit);
        List<MentorRecommendation> mentors = top.stream()
                .map(e -> recommendation(EngineMapping.id(e.mentor()), e, project.requirements())).toList();
        List<ExcludedMentor> excludedByConflict = declared.stream().map(c -> {
            MentorDirectory.MentorInfo info = directory.info(c.mentorId());
            return new ExcludedMentor(c.mentorId(), info == null ? "Mentor " + c.mentorId() : info.name(),
                    info == null ? "" : info.organisationName(), "Declared conflict with " + c.target() + ": " + c.reason());
        }).toList();
        Long sameOrganisation = jdbc.queryForObject("""
                select count(*) from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.organisation_id = ? and u.enabled = true""", Long.class, project.summary().organisationId());
        return new MentorRecommendations(project, mentors, excludedByConflict, sameOrganisation == null ? 0 : sameOrganisation,
                directory.atCapacity().size(), directory.index().size());
    }

    /** The open projects that fit the current mentor best, explained the same way. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).MENTOR)")
    public List<ProjectRecommendation> recommendProjectsForMe(int k) {
        int limit = Math.max(1, Math.min(k, MAX_K));
        long me = CurrentUser.require().getId();
        Mentor mentor = directory.engineMentor(me);
        if (mentor == null) {
            return List.of();
        }
        List<ProjectSummary> open = projects.openProjects(null, null, PageRequest.of(0, MAX_PROJECTS_FOR_MENTOR)).getContent();
        Map<Long, List<RequiredCompetency>> requirements = projects.requirementsOf(open.stream().map(ProjectSummary::id).toList());
        Set<Long> conflicted = conflicts.projectsInConflictWith(me);
        List<Scored> scored = new ArrayList<>();
        for (ProjectSummary summary : open) {
            if (conflicted.contains(summary.id())) {
                continue;
            }
            Project project = EngineMapping.project(summary, requirements.getOrDefault(summary.id(), List.of()));
            Explanation e = Scoring.explain(project, mentor);
            if (e.eligible()) {
                scored.add(new Scored(summary, e));
            }
        }
        scored.sort(((Comparator<Scored>) (a, b) -> Scoring.compareScores(b.explanation().score(), a.explanation().score()))
                .thenComparingInt(s -> s.explanation().unmet())
                .thenComparingLong(s -> s.project().id()));
        return scored.stream().limit(limit).map(s -> new ProjectRecommendation(s.project(), s.explanation().score(),
                s.explanation().unmet(), lines(mentor, s.explanation(), requirements.get(s.project().id())))).toList();
    }

    private record Scored(ProjectSummary project, Explanation explanation) {
    }

    MentorRecommendation recommendation(long mentorId, Explanation e, List<RequiredCompetency> requirements) {
        MentorDirectory.MentorInfo info = directory.info(mentorId);
        Mentor mentor = directory.engineMentor(mentorId);
        return new MentorRecommendation(mentorId, info.name(), info.organisationName(), info.country(), info.capacity(),
                e.score(), e.unmet(), lines(mentor, e, requirements));
    }

    static List<ContributionLine> lines(Mentor mentor, Explanation e, List<RequiredCompetency> requirements) {
        List<ContributionLine> lines = new ArrayList<>(requirements.size());
        for (RequiredCompetency r : requirements) {
            lines.add(new ContributionLine(r.competencyCode(), mentor.level(r.competencyCode()), r.level(), r.weight(),
                    r.mustHave(), e.contributions().getOrDefault(r.competencyCode(), 0.0)));
        }
        return lines;
    }
}
