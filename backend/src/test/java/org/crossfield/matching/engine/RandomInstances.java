package org.crossfield.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small random instances for property tests (few codes and organisations so that ties and conflicts happen). */
public final class RandomInstances {

    static final String[] CODES = {"DSDA01", "HDS-03", "DSENG05", "HDS-08", "DSDA02"};
    static final double[] WEIGHTS = {0.5, 1.0, 1.7, 2.0, 3.0};

    private RandomInstances() {
    }

    static Map<String, Integer> levels(Random rnd) {
        Map<String, Integer> levels = new HashMap<>();
        for (String c : CODES) {
            if (rnd.nextInt(4) != 0) {
                levels.put(c, rnd.nextInt(6));
            }
        }
        return levels;
    }

    static List<Requirement> requirements(Random rnd, int max) {
        List<Requirement> reqs = new ArrayList<>();
        int n = rnd.nextInt(max + 1);
        List<String> codes = new ArrayList<>(List.of(CODES));
        java.util.Collections.shuffle(codes, rnd);
        for (int i = 0; i < Math.min(n, codes.size()); i++) {
            reqs.add(new Requirement(codes.get(i), 1 + rnd.nextInt(5), WEIGHTS[rnd.nextInt(WEIGHTS.length)],
                    rnd.nextInt(6) == 0));
        }
        return reqs;
    }

    static AssignmentProblem assignment(long seed, int projects, int mentors, int maxSlots, int maxCapacity,
                                        boolean withPins) {
        Random rnd = new Random(seed);
        List<Project> ps = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            ps.add(new Project("p" + i, rnd.nextInt(3) == 0 ? null : "org" + rnd.nextInt(3), rnd.nextInt(maxSlots + 1),
                    requirements(rnd, 3)));
        }
        List<Mentor> ms = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            ms.add(new Mentor("m" + i, rnd.nextInt(3) == 0 ? null : "org" + rnd.nextInt(4), rnd.nextInt(maxCapacity + 1),
                    levels(rnd)));
        }
        List<Pair> conflicts = new ArrayList<>();
        List<Pair> forbids = new ArrayList<>();
        Set<Pair> listed = new HashSet<>();
        if (projects > 0 && mentors > 0) {
            for (int i = rnd.nextInt(3); i > 0; i--) {
                Pair pair = new Pair("p" + rnd.nextInt(projects), "m" + rnd.nextInt(mentors));
                if (listed.add(pair)) {
                    conflicts.add(pair);
                }
            }
            for (int i = rnd.nextInt(3); i > 0; i--) {
                Pair pair = new Pair("p" + rnd.nextInt(projects), "m" + rnd.nextInt(mentors));
                if (listed.add(pair)) {
                    forbids.add(pair);
                }
            }
        }
        List<Pair> pins = new ArrayList<>();
        if (withPins && projects > 0 && mentors > 0) {
            Map<String, Integer> perProject = new HashMap<>();
            Map<String, Integer> perMentor = new HashMap<>();
            for (int tries = rnd.nextInt(4); tries > 0; tries--) {
                Project p = ps.get(rnd.nextInt(projects));
                Mentor m = ms.get(rnd.nextInt(mentors));
                Pair pair = new Pair(p.id(), m.id());
                if (listed.contains(pair) || !Scoring.explain(p, m).eligible()
                        || perProject.getOrDefault(p.id(), 0) >= p.slots()
                        || perMentor.getOrDefault(m.id(), 0) >= m.capacity()) {
                    continue;
                }
                listed.add(pair);
                pins.add(pair);
                perProject.merge(p.id(), 1, Integer::sum);
                perMentor.merge(m.id(), 1, Integer::sum);
            }
        }
        return new AssignmentProblem(ps, ms, conflicts, pins, forbids);
    }

    /** Eligibility of every pair, honouring conflicts and forbids. */
    public static boolean eligible(AssignmentProblem problem, Project p, Mentor m) {
        Map<String, Eligibility> listed = problem.listedExclusions().getOrDefault(p.id(), Map.of());
        return Scoring.explain(p, m, listed.getOrDefault(m.id(), Eligibility.ELIGIBLE)).eligible();
    }

    static StableProblem stable(long seed, int students, int projects, int supervisors, int maxPrefs) {
        Random rnd = new Random(seed);
        List<SupervisedProject> ps = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            ps.add(new SupervisedProject("p" + p, "l" + rnd.nextInt(supervisors), rnd.nextInt(3)));
        }
        List<Student> ss = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            List<String> all = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                all.add("p" + p);
            }
            java.util.Collections.shuffle(all, rnd);
            ss.add(new Student("s" + s, all.subList(0, rnd.nextInt(Math.min(maxPrefs, projects) + 1))));
        }
        List<Supervisor> ls = new ArrayList<>();
        for (int l = 0; l < supervisors; l++) {
            List<String> all = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                if (rnd.nextInt(5) != 0) {
                    all.add("s" + s);
                }
            }
            java.util.Collections.shuffle(all, rnd);
            ls.add(new Supervisor("l" + l, rnd.nextInt(4), all));
        }
        return new StableProblem(ss, ps, ls);
    }
}
