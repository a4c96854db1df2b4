package org.crossfield.matching;

import java.util.List;
import java.util.Map;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Requirement;

/**
 * The one place where the application's records become the matching engine's and back: engine ids are the
 * database ids written as strings, a project's organisation is its owner's id, a mentor's capacity is what the round
 * may still use.
 */
final class EngineMapping {

    private EngineMapping() {
    }

    /** A project with its requirements. */
    static Project project(ProjectSummary summary, List<RequiredCompetency> requirements) {
        return new Project(String.valueOf(summary.id()), String.valueOf(summary.organisationId()), summary.mentorSlots(),
                requirements(requirements));
    }

    static List<Requirement> requirements(List<RequiredCompetency> requirements) {
        return requirements.stream().map(r -> new Requirement(r.competencyCode(), r.level(), r.weight(), r.mustHave())).toList();
    }

    /** A mentor with their levels; the capacity is the mentor's whole capacity. */
    static Mentor mentor(MentorDirectory.MentorInfo m, Map<String, Integer> levels) {
        return new Mentor(String.valueOf(m.id()), m.organisationId() == null ? null : String.valueOf(m.organisationId()),
                m.capacity(), levels);
    }

    /** The same mentor with only {@code free} places left. */
    static Mentor withCapacity(Mentor m, int free) {
        return free == m.capacity() ? m : new Mentor(m.id(), m.organisation(), free, m.levels());
    }

    static Pair pair(long projectId, long mentorId) {
        return new Pair(String.valueOf(projectId), String.valueOf(mentorId));
    }

    /** The database id behind an engine id. */
    static long id(String engineId) {
        return Long.parseLong(engineId);
    }
}
