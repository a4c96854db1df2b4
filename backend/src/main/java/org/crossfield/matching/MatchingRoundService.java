package org.crossfield.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.matching.engine.AssignmentResult;
import org.crossfield.matching.engine.Explanation;
import org.crossfield.matching.engine.InvalidInstanceException;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.OptimalAssigner;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Scoring;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinator-run matching rounds: a programme's projects and mentors in scope, a globally optimal assignment under
 * capacities, conflicts of interest, pins and forbids, review, publication, the parties' decisions, and re-runs that
 * keep accepted and pending pairs and fill declined slots from the remaining mentors.
 */
@Service
@Transactional(readOnly = true)
public class MatchingRoundService {

    private static final Logger log = LoggerFactory.getLogger(MatchingRoundService.class);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final MatchingRoundRepository rounds;
    private final RoundProposalRepository proposals;
    private final ProjectService projects;
    private final IdentityService identity;
    private final MentorDirectory directory;
    private final ProjectConflicts conflicts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundInstances instances;

    MatchingRoundService(MatchingRoundRepository rounds, RoundProposalRepository proposals, ProjectService projects,
                         IdentityService identity, MentorDirectory directory, ProjectConflicts conflicts, JdbcTemplate jdbc,
                         ApplicationEventPublisher events, Clock clock, RoundInstances instances) {
        this.clock = clock;
        this.instances = instances;
        this.rounds = rounds;
        this.proposals = proposals;
        this.projects = projects;
        this.identity = identity;
        this.directory = directory;
        this.conflicts = conflicts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The rounds of the programmes the current coordinator runs (all programmes for an administrator). */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).COORDINATOR, T(org.crossfield.identity.Roles).ADMIN)")
    public List<RoundSummary> myRounds() {
        Map<Long, String> programmes = identity.myProgrammes().stream()
                .collect(Collectors.toMap(ProgrammeBrief::id, ProgrammeBrief::name));
        return rounds.findByProgrammeIdInOrderByCreatedAtDesc(programmes.keySet()).stream()
                .map(r -> r.toView(programmes.get(r.getProgrammeId()))).toList();
    }

    @PreAuthorize("@access.coordinates(#cmd.programmeId()) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public RoundSummary createRound(CreateRoundCmd cmd) {
        String name = cmd.name() == null ? "" : cmd.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidMatchingRequestException("matching.error.round-name", "Give the round a name of at most 120 characters.");
        }
        if (cmd.projectIds() == null || cmd.projectIds().isEmpty()) {
            throw new InvalidMatchingRequestException("matching.error.round-no-projects", "Choose at least one project for the round.");
        }
        List<ProjectSummary> chosen = projects.summaries(cmd.projectIds());
        if (chosen.size() != cmd.projectIds().size()) {
            throw new InvalidMatchingRequestException("matching.error.round-unknown-projects", "Some chosen projects do not exist.");
        }
        for (ProjectSummary p : chosen) {
            if (p.programmeId() != cmd.programmeId() || p.status() != ProjectStatus.OPEN) {
                throw new InvalidMatchingRequestException("matching.error.round-project-not-open",
                        "\"" + p.title() + "\" is not an open project of this programme.", p.title());
            }
        }
        Set<String> countries = cmd.mentorCountries() == null ? Set.of() : cmd.mentorCountries();
        for (String c : countries) {
            if (c == null || !COUNTRY.matcher(c).matches()) {
                throw new InvalidMatchingRequestException("matching.error.country-code", "\"" + c + "\" is not a two-letter country code.", c);
            }
        }
        long me = CurrentUser.require().getId();
        MatchingRound round = rounds.save(new MatchingRound(cmd.programmeId(), name, me, clock.instant(), cmd.projectIds(), countries));
        event(round.getId(), me, "CREATED", chosen.size() + " projects" + (countries.isEmpty() ? "" : ", mentors from " + countries));
        return view(round);
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    public RoundSummary round(long roundId) {
        return view(load(roundId));
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    public List<Long> projectIds(long roundId) {
        return load(roundId).getProjectIds().stream().sorted().toList();
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    public List<ProposalSummary> proposals(long roundId) {
        return views(proposals.findByRoundIdOrderByProjectIdAscIdAsc(roundId));
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    public List<RoundConstraintSummary> constraints(long roundId) {
        return jdbc.query("""
                select c.id, c.project_id, p.title, c.mentor_id, u.display_name, c.kind from round_constraint c
                join pub_phd_project p on p.id = c.project_id join pub_app_user u on u.id = c.mentor_id
                where c.round_id = ? order by c.id""", (rs, i) -> new RoundConstraintSummary(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), RoundConstraintSummary.Kind.valueOf(rs.getString(6))), roundId);
    }

    /**
     * Computes the optimal assignment for the round's scope and replaces the unpublished proposals with it. Published
     * (pending) and accepted pairs are kept as pins; declined pairs are forbidden.
     */
    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    @io.micrometer.core.annotation.Timed(value = "crossfield.matching.round", description = "Running a matching round")
    public RoundSummary run(long roundId) {
        long started = System.nanoTime();
        MatchingRound round = load(roundId);
        round.requireEditable();
        RoundInstances.RoundInstance instance;
        AssignmentResult result;
        long built;
        try {
            instance = instances.of(round);
            built = System.nanoTime();
            result = OptimalAssigner.solve(instance.problem());
        } catch (InvalidInstanceException e) {
            throw new InvalidMatchingRequestException("matching.error.round-unsolvable", "The round cannot be solved as it stands: "
                    + e.getMessage() + ". Remove the pin that causes it and run again.", e.getMessage());
        }
        long solved = System.nanoTime();
        proposals.deleteUnpublished(roundId);
        List<Pair> excluded = new ArrayList<>(instance.problem().conflicts());
        excluded.addAll(instance.problem().forbids());
        List<RoundProposal> fresh = new ArrayList<>();
        Map<String, Double> bestCache = new HashMap<>();
        for (var a : result.assignments()) {
            if (instance.keptPairs().contains(new Pair(a.project(), a.mentor()))) {
                continue;
            }
            long projectId = EngineMapping.id(a.project());
            Explanation e = result.explanation(a); // as the solver scored it: never scored twice
            double best = bestCache.computeIfAbsent(a.project(),
                    id -> bestScore(instance.projects().get(id), excluded, instance.countries()));
            String explanation = MatchingService.lines(instance.mentors().get(a.mentor()), e,
                    instance.requirements().getOrDefault(projectId, List.of())).stream()
                    .map(ContributionLine::describe).collect(Collectors.joining("; "));
            fresh.add(new RoundProposal(roundId, projectId, EngineMapping.id(a.mentor()), a.score(), Math.max(best, a.score()),
                    a.pinned(), explanation));
        }
        long explained = System.nanoTime();
        proposals.saveAll(fresh);
        proposals.flush();
        long saved = System.nanoTime();
        int open = result.unfilled().stream().mapToInt(u -> u.slots()).sum();
        round.recordRun(result.filledSlots(), open, result.totalScore(), clock.instant());
        long ms = (System.nanoTime() - started) / 1_000_000;
        event(roundId, CurrentUser.require().getId(), "RUN", result.filledSlots() + " slots filled, " + open + " open, "
                + instance.problem().mentors().size() + " mentors, " + instance.problem().pins().size() + " pins, "
                + instance.problem().forbids().size() + " forbids, " + ms + " ms");
        log.info("Matching round {}: {} projects × {} mentors in {} ms (build {} ms, solve {} ms, explain and regret {} ms, save {} ms)",
                roundId, instance.problem().projects().size(), instance.problem().mentors().size(), ms, (built - started) / 1_000_000,
                (solved - built) / 1_000_000, (explained - solved) / 1_000_000, (saved - explained) / 1_000_000);
        return view(round);
    }

    /**
     * The best score any eligible in-scope mentor reaches for the project, capacities aside: the yardstick for regret.
     * {@code excluded} are the round's conflicts and forbids.
     */
    private double bestScore(Project project, List<Pair> excluded, Set<String> countries) {
        Set<String> mentors = new HashSet<>();
        excluded.stream().filter(p -> p.project().equals(project.id())).forEach(p -> mentors.add(p.mentor()));
        List<Explanation> top = directory.index().topK(project.requirements(), project.organisation(), mentors,
                countries.isEmpty() ? 1 : 25);
        for (Explanation e : top) {
            MentorDirectory.MentorInfo info = directory.info(EngineMapping.id(e.mentor()));
            if (countries.isEmpty() || info != null && countries.contains(info.country())) {
                return e.score();
            }
        }
        return 0;
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    public List<RoundConstraintSummary> pin(long roundId, long projectId, long mentorId) {
        return constrain(roundId, projectId, mentorId, RoundConstraintSummary.Kind.PIN);
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    public List<RoundConstraintSummary> forbid(long roundId, long projectId, long mentorId) {
        return constrain(roundId, projectId, mentorId, RoundConstraintSummary.Kind.FORBID);
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    public List<RoundConstraintSummary> removeConstraint(long roundId, long constraintId) {
        load(roundId).requireEditable();
        if (jdbc.update("delete from round_constraint where id = ? and round_id = ?", constraintId, roundId) == 0) {
            throw new InvalidMatchingRequestException("matching.error.constraint-unknown", "That pin or forbid is not part of this round.");
        }
        event(roundId, CurrentUser.require().getId(), "CONSTRAINT_REMOVED", "#" + constraintId);
        return constraints(roundId);
    }

    private List<RoundConstraintSummary> constrain(long roundId, long projectId, long mentorId, RoundConstraintSummary.Kind kind) {
        MatchingRound round = load(roundId);
        round.requireEditable();
        if (!round.getProjectIds().contains(projectId)) {
            throw new InvalidMatchingRequestException("matching.error.project-not-in-round", "That project is not in this round.");
        }
        if (directory.info(mentorId) == null) {
            throw new InvalidMatchingRequestException("matching.error.not-a-mentor", "That person is not an active mentor.");
        }
        if (kind == RoundConstraintSummary.Kind.PIN) {
            Mentor mentor = directory.engineMentor(mentorId);
            List<Long> ids = List.of(projectId);
            Project project = EngineMapping.projects(ids, projects.summariesById(ids), projects.requirementsOf(ids)).getFirst();
            boolean conflicted = conflicts.forProjects(List.of(projectId)).stream().anyMatch(c -> c.mentorId() == mentorId);
            Explanation e = Scoring.explain(project, mentor);
            if (conflicted || !e.eligible()) {
                throw new InvalidMatchingRequestException("matching.error.pin-ineligible." + (conflicted ? "CONFLICT" : e.eligibility().name()),
                        directory.info(mentorId).name() + " cannot be pinned to this project: "
                        + (conflicted ? "a declared conflict of interest" : e.eligibility().name().toLowerCase().replace('_', ' ')) + ".",
                        directory.info(mentorId).name());
            }
        }
        jdbc.update("delete from round_constraint where round_id = ? and project_id = ? and mentor_id = ?", roundId, projectId, mentorId);
        long me = CurrentUser.require().getId();
        jdbc.update("insert into round_constraint (round_id, project_id, mentor_id, kind, created_by, created_at) values (?, ?, ?, ?, ?, ?)",
                roundId, projectId, mentorId, kind.name(), me, Timestamp.from(clock.instant()));
        event(roundId, me, kind.name(), "project " + projectId + ", mentor " + mentorId);
        return constraints(roundId);
    }

    /** Publishes the proposed pairs: their mentors and supervisors see them and decide. */
    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    public RoundSummary publish(long roundId) {
        MatchingRound round = load(roundId);
        round.publish(clock.instant());
        List<RoundProposal> toPublish = proposals.findByRoundIdAndStatusIn(roundId, List.of(ProposalStatus.PROPOSED));
        toPublish.forEach(RoundProposal::publish);
        event(roundId, CurrentUser.require().getId(), "PUBLISHED", toPublish.size() + " proposals");
        for (RoundProposal p : toPublish) {
            events.publishEvent(new MatchProposedEvent(roundId, p.getId(), p.getProjectId(), p.getMentorId()));
        }
        events.publishEvent(AuditEvent.of(AuditActions.MATCHING_ROUND_PUBLISHED, "MATCHING_ROUND", roundId)
                .withDetail(AuditDetail.PROPOSALS_PUBLISHED, toPublish.size()));
        return view(round);
    }

    @PreAuthorize("@matchingAccess.runsRound(#roundId)")
    @Transactional
    public RoundSummary close(long roundId) {
        MatchingRound round = load(roundId);
        round.close();
        event(roundId, CurrentUser.require().getId(), "CLOSED", null);
        return view(round);
    }

    /** The published proposals that concern the current person: as mentor, or as supervisor of the project. */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).MENTOR, T(org.crossfield.identity.Roles).SUPERVISOR)")
    public List<ProposalSummary> myProposals() {
        long me = CurrentUser.require().getId();
        List<RoundProposal> mine = new ArrayList<>(proposals.visibleToMentor(me));
        List<Long> supervised = jdbc.queryForList("select id from pub_phd_project where supervisor_id = ?", Long.class, me);
        if (!supervised.isEmpty()) {
            proposals.visibleForProjects(supervised).stream().filter(p -> !mine.contains(p)).forEach(mine::add);
        }
        return views(mine);
    }

    /** The current party's decision on a published proposal; a decline needs a reason and frees the slot for a re-run. */
    @PreAuthorize("@matchingAccess.isPartyTo(#proposalId)")
    @Transactional
    public ProposalSummary decide(long proposalId, boolean accept, String reason) {
        RoundProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new InvalidMatchingRequestException("matching.error.no-such-proposal", "There is no such proposal."));
        long me = CurrentUser.require().getId();
        boolean asMentor = proposal.getMentorId() == me;
        proposal.decide(asMentor, accept, reason, clock.instant());
        proposals.saveAndFlush(proposal);
        String roundAction = (asMentor ? "MENTOR_" : "SUPERVISOR_") + (accept ? "ACCEPTED" : "DECLINED");
        long roundId = jdbc.queryForObject("select round_id from round_proposal where id = ?", Long.class, proposalId);
        event(roundId, me, roundAction, "proposal " + proposalId + (accept ? "" : ": " + reason.strip()));
        events.publishEvent(new MatchDecidedEvent(roundId, proposalId, proposal.getProjectId(), proposal.getMentorId(),
                proposal.getStatus()));
        return views(List.of(proposal)).getFirst();
    }

    private List<ProposalSummary> views(Collection<RoundProposal> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, ProjectSummary> summaries = projects.summariesById(list.stream().map(RoundProposal::getProjectId).collect(Collectors.toSet()));
        return list.stream().map(p -> {
            ProjectSummary s = summaries.get(p.getProjectId());
            MentorDirectory.MentorInfo m = directory.info(p.getMentorId());
            return p.toView(s == null ? "?" : s.title(), m == null ? "Mentor " + p.getMentorId() : m.name(),
                    m == null ? "" : m.organisationName(), s == null ? "" : s.supervisorName());
        }).toList();
    }

    private MatchingRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new InvalidMatchingRequestException("matching.error.no-such-round",
                "There is no matching round " + roundId + ".", String.valueOf(roundId)));
    }

    private RoundSummary view(MatchingRound round) {
        String programme = jdbc.query("select name from pub_programme where id = ?", (rs, i) -> rs.getString(1), round.getProgrammeId())
                .stream().findFirst().orElse("");
        return round.toView(programme);
    }

    private void event(long roundId, long actor, String action, String detail) {
        jdbc.update("insert into round_event (round_id, actor_id, action, detail, at) values (?, ?, ?, ?, ?)", roundId, actor,
                action, detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail,
                Timestamp.from(clock.instant()));
    }
}
