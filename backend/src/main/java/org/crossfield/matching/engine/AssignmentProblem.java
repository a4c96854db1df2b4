package org.crossfield.matching.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instance of modes optimal and topk. The constructor checks everything that involves more than one record:
 * duplicate ids, unknown ids in conflicts/pins/forbids, duplicate pins, pins of ineligible pairs, and pins exceeding
 * a project's slots or a mentor's capacity. It throws {@link InvalidInstanceException} with a one-line reason.
 */
public record AssignmentProblem(List<Project> projects, List<Mentor> mentors, List<Pair> conflicts, List<Pair> pins,
                                List<Pair> forbids) {

    public AssignmentProblem {
        projects = List.copyOf(projects);
        mentors = List.copyOf(mentors);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        pins = pins == null ? List.of() : List.copyOf(pins);
        forbids = forbids == null ? List.of() : List.copyOf(forbids);
        validate(projects, mentors, conflicts, pins, forbids);
    }

    public AssignmentProblem(List<Project> projects, List<Mentor> mentors) {
        this(projects, mentors, List.of(), List.of(), List.of());
    }

    private static void validate(List<Project> projects, List<Mentor> mentors, List<Pair> conflicts,
                                 List<Pair> pins, List<Pair> forbids) {
        Map<String, Project> projectById = HashMap.newHashMap(projects.size());
        for (Project p : projects) {
            if (projectById.putIfAbsent(p.id(), p) != null) {
                throw new InvalidInstanceException("duplicate project id '" + p.id() + "'");
            }
        }
        Map<String, Mentor> mentorById = HashMap.newHashMap(mentors.size());
        for (Mentor m : mentors) {
            if (mentorById.putIfAbsent(m.id(), m) != null) {
                throw new InvalidInstanceException("duplicate mentor id '" + m.id() + "'");
            }
        }
        checkRefs("conflicts", conflicts, projectById, mentorById);
        checkRefs("forbids", forbids, projectById, mentorById);
        checkRefs("pins", pins, projectById, mentorById);
        Set<Pair> conflictSet = new HashSet<>(conflicts);
        Set<Pair> forbidSet = new HashSet<>(forbids);
        Set<Pair> seen = new HashSet<>();
        Map<String, Integer> perProject = new HashMap<>();
        Map<String, Integer> perMentor = new HashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            Pair pin = pins.get(i);
            if (!seen.add(pin)) {
                throw new InvalidInstanceException("pins[" + i + "]: pair " + pin.project() + "/" + pin.mentor()
                        + " is pinned twice (a pair can be assigned at most once)");
            }
            Project p = projectById.get(pin.project());
            Mentor m = mentorById.get(pin.mentor());
            Eligibility listed = conflictSet.contains(pin) ? Eligibility.CONFLICT
                    : forbidSet.contains(pin) ? Eligibility.FORBIDDEN : Eligibility.ELIGIBLE;
            Explanation e = Scoring.explain(p, m, listed);
            if (!e.eligible()) {
                throw new InvalidInstanceException("pins[" + i + "]: mentor '" + m.id() + "' is not eligible for project '"
                        + p.id() + "' (" + e.eligibility().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
            }
            int np = perProject.merge(p.id(), 1, Integer::sum);
            if (np > p.slots()) {
                throw new InvalidInstanceException("pins exceed the slots of project '" + p.id() + "' (" + np
                        + " pins, " + p.slots() + " slots)");
            }
            int nm = perMentor.merge(m.id(), 1, Integer::sum);
            if (nm > m.capacity()) {
                throw new InvalidInstanceException("pins exceed the capacity of mentor '" + m.id() + "' (" + nm
                        + " pins, capacity " + m.capacity() + ")");
            }
        }
    }

    private static void checkRefs(String what, List<Pair> pairs, Map<String, Project> projects,
                                  Map<String, Mentor> mentors) {
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (!projects.containsKey(pair.project())) {
                throw new InvalidInstanceException(what + "[" + i + "]: unknown project '" + pair.project() + "'");
            }
            if (!mentors.containsKey(pair.mentor())) {
                throw new InvalidInstanceException(what + "[" + i + "]: unknown mentor '" + pair.mentor() + "'");
            }
        }
    }

    /** Conflicts and forbids per project id: mentor id to {@link Eligibility#CONFLICT} or {@link Eligibility#FORBIDDEN}. */
    public Map<String, Map<String, Eligibility>> listedExclusions() {
        Map<String, Map<String, Eligibility>> out = new HashMap<>();
        for (Pair f : forbids) {
            out.computeIfAbsent(f.project(), k -> new HashMap<>()).put(f.mentor(), Eligibility.FORBIDDEN);
        }
        for (Pair c : conflicts) {
            out.computeIfAbsent(c.project(), k -> new HashMap<>()).put(c.mentor(), Eligibility.CONFLICT);
        }
        return out;
    }
}
