package org.crossfield.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Requirement;
import org.crossfield.matching.engine.Student;
import org.crossfield.matching.engine.SupervisedProject;
import org.crossfield.matching.engine.Supervisor;

/**
 * The one place where the application's records become the matching engine's and back: engine ids are the
 * database ids written as strings, a project's organisation is its owning organisation's id, a mentor's capacity in a
 * round is what the round may still use. Rounds ({@link RoundInstances}), recommendations ({@link MatchingService}),
 * the mentor index ({@link MentorDirectory}) and student allocations ({@link AllocationService}) all map through here,
 * so that an id or a capacity is never turned into the engine's form in two ways. What the engine returns (scores,
 * explanations) is taken as it is and never computed again (docs/adr/0059-one-engine-mapping-one-posting-route.md).
 */
final class EngineMapping {

    private EngineMapping() {
    }

    /** The engine id of a database id (project, mentor, organisation, student or supervisor). */
    static String engineId(long id) {
        return String.valueOf(id);
    }

    /** The database id behind an engine id. */
    static long id(String engineId) {
        return Long.parseLong(engineId);
    }

    /** A project with its requirements. */
    static Project project(ProjectSummary summary, List<RequiredCompetency> requirements) {
        return new Project(engineId(summary.id()), engineId(summary.organisationId()), summary.mentorSlots(),
                requirements(requirements));
    }

    /** The projects {@code ids}, in that order, each with its requirements (none when it has none). */
    static List<Project> projects(Collection<Long> ids, Map<Long, ProjectSummary> summaries,
                                  Map<Long, List<RequiredCompetency>> requirements) {
        List<Project> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            out.add(project(summaries.get(id), requirements.getOrDefault(id, List.of())));
        }
        return out;
    }

    static List<Requirement> requirements(List<RequiredCompetency> requirements) {
        return requirements.stream().map(r -> new Requirement(r.competencyCode(), r.level(), r.weight(), r.mustHave())).toList();
    }

    /** A mentor with their levels; the capacity is the mentor's whole capacity. */
    static Mentor mentor(MentorDirectory.MentorInfo m, Map<String, Integer> levels) {
        return new Mentor(engineId(m.id()), m.organisationId() == null ? null : engineId(m.organisationId()),
                m.capacity(), levels);
    }

    /**
     * The mentor as a round sees them: the places of their {@code capacity} that accepted matches of other rounds
     * ({@code acceptedElsewhere}) leave free.
     */
    static Mentor inRound(Mentor m, int capacity, int acceptedElsewhere) {
        int free = Math.max(0, capacity - Math.max(0, acceptedElsewhere));
        return free == m.capacity() ? m : new Mentor(m.id(), m.organisation(), free, m.levels());
    }

    static Pair pair(long projectId, long mentorId) {
        return new Pair(engineId(projectId), engineId(mentorId));
    }

    /** A student of an allocation with their preferred projects, best first. */
    static Student student(long studentId, List<Long> preferredProjects) {
        return new Student(engineId(studentId), preferredProjects.stream().map(EngineMapping::engineId).toList());
    }

    /** A project of an allocation: one student, supervised by {@code supervisorId}. */
    static SupervisedProject supervisedProject(long projectId, long supervisorId) {
        return new SupervisedProject(engineId(projectId), engineId(supervisorId), 1);
    }

    /** A supervisor of an allocation with as many places as projects, and their ranking of students, best first. */
    static Supervisor supervisor(long supervisorId, int projects, List<Long> rankedStudents) {
        return new Supervisor(engineId(supervisorId), projects, rankedStudents.stream().map(EngineMapping::engineId).toList());
    }
}
