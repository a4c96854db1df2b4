package org.crossfield.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Independent checks for SPA-S matchings (definitions of Abraham, Irving and Manlove 2007). */
final class StabilityChecker {

    private final StableProblem problem;
    private final Map<String, SupervisedProject> projects = new HashMap<>();
    private final Map<String, Supervisor> supervisors = new HashMap<>();
    private final Map<String, Map<String, Integer>> supervisorRank = new HashMap<>();
    private final Map<String, Map<String, Integer>> studentRank = new HashMap<>();

    StabilityChecker(StableProblem problem) {
        this.problem = problem;
        problem.projects().forEach(p -> projects.put(p.id(), p));
        for (Supervisor l : problem.supervisors()) {
            supervisors.put(l.id(), l);
            Map<String, Integer> r = new HashMap<>();
            for (int i = 0; i < l.ranking().size(); i++) {
                r.put(l.ranking().get(i), i);
            }
            supervisorRank.put(l.id(), r);
        }
        for (Student s : problem.students()) {
            Map<String, Integer> r = new HashMap<>();
            for (int i = 0; i < s.preferences().size(); i++) {
                r.put(s.preferences().get(i), i);
            }
            studentRank.put(s.id(), r);
        }
    }

    boolean acceptable(String student, String project) {
        return studentRank.get(student).containsKey(project)
                && supervisorRank.get(projects.get(project).supervisor()).containsKey(student);
    }

    /** Project (or null) per student; checks acceptability and capacities. */
    boolean feasible(Map<String, String> matching) {
        Map<String, Integer> perProject = new HashMap<>();
        Map<String, Integer> perSupervisor = new HashMap<>();
        for (Map.Entry<String, String> e : matching.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!acceptable(e.getKey(), e.getValue())) {
                return false;
            }
            SupervisedProject p = projects.get(e.getValue());
            if (perProject.merge(p.id(), 1, Integer::sum) > p.capacity()
                    || perSupervisor.merge(p.supervisor(), 1, Integer::sum) > supervisors.get(p.supervisor()).capacity()) {
                return false;
            }
        }
        return true;
    }

    /** Blocking pairs of a feasible matching, as "student/project". */
    List<String> blockingPairs(Map<String, String> matching) {
        Map<String, List<String>> byProject = new HashMap<>();
        Map<String, List<String>> bySupervisor = new HashMap<>();
        matching.forEach((s, p) -> {
            if (p != null) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
                bySupervisor.computeIfAbsent(projects.get(p).supervisor(), k -> new ArrayList<>()).add(s);
            }
        });
        List<String> blocking = new ArrayList<>();
        for (Student st : problem.students()) {
            String s = st.id();
            String current = matching.get(s);
            for (String p : st.preferences()) {
                if (p.equals(current)) {
                    break; // only projects s prefers to its current one
                }
                if (!acceptable(s, p)) {
                    continue;
                }
                SupervisedProject pr = projects.get(p);
                Supervisor l = supervisors.get(pr.supervisor());
                Map<String, Integer> rank = supervisorRank.get(l.id());
                List<String> atP = byProject.getOrDefault(p, List.of());
                List<String> atL = bySupervisor.getOrDefault(l.id(), List.of());
                boolean pUnder = atP.size() < pr.capacity();
                boolean lUnder = atL.size() < l.capacity();
                boolean blocks;
                if (pUnder && lUnder) {
                    blocks = true;
                } else if (pUnder) {
                    blocks = atL.contains(s) || rank.get(s) < worst(atL, rank);
                } else {
                    blocks = rank.get(s) < worst(atP, rank);
                }
                if (blocks) {
                    blocking.add(s + "/" + p);
                }
            }
        }
        return blocking;
    }

    private static int worst(List<String> students, Map<String, Integer> rank) {
        int w = -1;
        for (String s : students) {
            w = Math.max(w, rank.get(s));
        }
        return w;
    }

    /** Position of the student's project in its list; unassigned is worse than any. */
    int rankOf(String student, String project) {
        return project == null ? Integer.MAX_VALUE : studentRank.get(student).get(project);
    }

    /** Every stable matching, by enumeration (tiny instances only). */
    List<Map<String, String>> allStableMatchings() {
        List<Map<String, String>> out = new ArrayList<>();
        enumerate(0, new HashMap<>(), out);
        return out;
    }

    private void enumerate(int i, Map<String, String> partial, List<Map<String, String>> out) {
        if (i == problem.students().size()) {
            if (feasible(partial) && blockingPairs(partial).isEmpty()) {
                out.add(new HashMap<>(partial));
            }
            return;
        }
        Student s = problem.students().get(i);
        partial.put(s.id(), null);
        enumerate(i + 1, partial, out);
        for (String p : s.preferences()) {
            if (acceptable(s.id(), p)) {
                partial.put(s.id(), p);
                if (feasible(partial)) {
                    enumerate(i + 1, partial, out);
                }
            }
        }
        partial.remove(s.id());
    }

    static Map<String, String> asMap(StableProblem problem, StableResult result) {
        Map<String, String> m = new HashMap<>();
        problem.students().forEach(s -> m.put(s.id(), null));
        result.assignments().forEach(a -> m.put(a.student(), a.project()));
        return m;
    }
}
