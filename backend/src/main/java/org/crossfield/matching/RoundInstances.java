package org.crossfield.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.matching.engine.AssignmentProblem;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a matching round's engine instance is made of and maps it through {@link EngineMapping}: the round's
 * projects with their requirements, the mentors in scope with the places other rounds leave them, declared conflicts,
 * and the coordinator's pins and forbids, to which the round's published and accepted pairs are added as pins and its
 * declined pairs as forbids. {@link MatchingRoundService#run} solves it; a test builds the same instance to check that
 * what a run stores is what the solver returned.
 */
@Component
class RoundInstances {

    /**
     * A round's engine instance with what the run needs to store its result: the requirements (for the explanation
     * lines), the pairs kept from earlier runs (not stored again), and the mentors in scope by engine id.
     */
    record RoundInstance(AssignmentProblem problem, Map<Long, List<RequiredCompetency>> requirements, Set<Pair> keptPairs,
                         Map<String, Project> projects, Map<String, Mentor> mentors, Set<String> countries) {
    }

    private final ProjectService projects;
    private final MentorDirectory directory;
    private final ProjectConflicts conflicts;
    private final RoundProposalRepository proposals;
    private final JdbcTemplate jdbc;

    RoundInstances(ProjectService projects, MentorDirectory directory, ProjectConflicts conflicts, RoundProposalRepository proposals,
                   JdbcTemplate jdbc) {
        this.projects = projects;
        this.directory = directory;
        this.conflicts = conflicts;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    /**
     * The round's instance as it stands.
     *
     * @throws org.crossfield.matching.engine.InvalidInstanceException when the pins cannot all hold
     */
    RoundInstance of(MatchingRound round) {
        long roundId = round.getId();
        List<Long> projectIds = new ArrayList<>(round.getProjectIds());
        Map<Long, List<RequiredCompetency>> requirements = projects.requirementsOf(projectIds);
        List<Project> engineProjects = EngineMapping.projects(projectIds, projects.summariesById(projectIds), requirements);
        List<RoundProposal> kept = proposals.findByRoundIdAndStatusIn(roundId, List.of(ProposalStatus.PENDING, ProposalStatus.ACCEPTED));
        List<RoundProposal> declined = proposals.findByRoundIdAndStatusIn(roundId, List.of(ProposalStatus.DECLINED));

        Set<String> countries = round.getMentorCountries();
        Map<Long, Integer> acceptedHere = new HashMap<>();
        kept.stream().filter(p -> p.getStatus() == ProposalStatus.ACCEPTED)
                .forEach(p -> acceptedHere.merge(p.getMentorId(), 1, Integer::sum));
        Set<Long> keptMentors = kept.stream().map(RoundProposal::getMentorId).collect(Collectors.toSet());
        List<Mentor> mentors = new ArrayList<>();
        for (MentorDirectory.MentorInfo info : directory.all()) {
            boolean inScope = countries.isEmpty() || countries.contains(info.country());
            if (!inScope && !keptMentors.contains(info.id())) {
                continue;
            }
            Mentor m = directory.engineMentor(info.id());
            if (m != null) {
                mentors.add(EngineMapping.inRound(m, info.capacity(),
                        directory.acceptedMatches(info.id()) - acceptedHere.getOrDefault(info.id(), 0)));
            }
        }
        List<Pair> conflictPairs = conflicts.forProjects(projectIds).stream()
                .map(c -> EngineMapping.pair(c.projectId(), c.mentorId())).distinct().toList();
        List<Pair> pins = new ArrayList<>();
        List<Pair> forbids = new ArrayList<>();
        jdbc.query("select project_id, mentor_id, kind from round_constraint where round_id = ? order by id", rs -> {
            Pair pair = EngineMapping.pair(rs.getLong(1), rs.getLong(2));
            (RoundConstraintSummary.Kind.valueOf(rs.getString(3)) == RoundConstraintSummary.Kind.PIN ? pins : forbids).add(pair);
        }, roundId);
        Set<Pair> keptPairs = new HashSet<>();
        for (RoundProposal p : kept) {
            Pair pair = EngineMapping.pair(p.getProjectId(), p.getMentorId());
            keptPairs.add(pair);
            if (!pins.contains(pair)) {
                pins.add(pair);
            }
        }
        declined.forEach(p -> forbids.add(EngineMapping.pair(p.getProjectId(), p.getMentorId())));
        pins.removeIf(forbids::contains);
        Map<String, Project> projectById = new HashMap<>();
        engineProjects.forEach(p -> projectById.put(p.id(), p));
        Map<String, Mentor> mentorById = new HashMap<>();
        mentors.forEach(m -> mentorById.put(m.id(), m));
        return new RoundInstance(new AssignmentProblem(engineProjects, mentors, conflictPairs, pins, forbids), requirements,
                keptPairs, projectById, mentorById, countries);
    }
}
