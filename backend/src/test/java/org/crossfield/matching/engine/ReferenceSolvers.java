package org.crossfield.matching.engine;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DirectedWeightedMultigraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Independent optimum computations and a feasibility check for tests. */
public final class ReferenceSolvers {

    public record Optimum(int filled, double total) {
    }

    private ReferenceSolvers() {
    }

    /** Pairs that may be assigned besides the pins, with their scores. */
    private static List<Object[]> freePairs(AssignmentProblem problem) {
        Set<Pair> pins = new HashSet<>(problem.pins());
        List<Object[]> pairs = new ArrayList<>();
        for (Project p : problem.projects()) {
            for (Mentor m : problem.mentors()) {
                if (!pins.contains(new Pair(p.id(), m.id())) && RandomInstances.eligible(problem, p, m)) {
                    pairs.add(new Object[] {p, m, Scoring.explain(p, m).score()});
                }
            }
        }
        return pairs;
    }

    /** JGraphT capacity-scaling min-cost flow over every eligible pair (no pruning). */
    public static Optimum jgrapht(AssignmentProblem problem) {
        Map<String, Integer> freeSlots = new HashMap<>();
        Map<String, Integer> freeCap = new HashMap<>();
        problem.projects().forEach(p -> freeSlots.put(p.id(), p.slots()));
        problem.mentors().forEach(m -> freeCap.put(m.id(), m.capacity()));
        int pinnedFilled = 0;
        double pinnedTotal = 0;
        Map<String, Project> projects = new HashMap<>();
        Map<String, Mentor> mentors = new HashMap<>();
        problem.projects().forEach(p -> projects.put(p.id(), p));
        problem.mentors().forEach(m -> mentors.put(m.id(), m));
        for (Pair pin : problem.pins()) {
            freeSlots.merge(pin.project(), -1, Integer::sum);
            freeCap.merge(pin.mentor(), -1, Integer::sum);
            pinnedFilled++;
            pinnedTotal += Scoring.explain(projects.get(pin.project()), mentors.get(pin.mentor())).score();
        }
        Graph<String, Integer> g = new DirectedWeightedMultigraph<>(null, null);
        g.addVertex("S");
        g.addVertex("T");
        Map<Integer, Integer> cap = new HashMap<>();
        Map<Integer, Double> cost = new HashMap<>();
        Map<Integer, Double> pairScore = new HashMap<>();
        int total = 0;
        int e = 0;
        for (Project p : problem.projects()) {
            g.addVertex("P" + p.id());
            int slots = freeSlots.get(p.id());
            total += slots;
            g.addEdge("S", "P" + p.id(), e);
            cap.put(e, slots);
            cost.put(e++, 0.0);
        }
        for (Mentor m : problem.mentors()) {
            g.addVertex("M" + m.id());
            g.addEdge("M" + m.id(), "T", e);
            cap.put(e, freeCap.get(m.id()));
            cost.put(e++, 0.0);
        }
        for (Object[] pair : freePairs(problem)) {
            g.addEdge("P" + ((Project) pair[0]).id(), "M" + ((Mentor) pair[1]).id(), e);
            cap.put(e, 1);
            cost.put(e, 2.0 - (double) pair[2]);
            pairScore.put(e++, (double) pair[2]);
        }
        int bypass = e;
        g.addEdge("S", "T", bypass);
        cap.put(bypass, total);
        cost.put(bypass, 2.0 * total + 3);
        cost.forEach(g::setEdgeWeight); // CapacityScalingMinimumCostFlow reads costs from the edge weights
        final int supply = total;
        MinimumCostFlowProblem<String, Integer> mcf = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                v -> v.equals("S") ? supply : v.equals("T") ? -supply : 0, cap::get, x -> 0, cost::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<Integer> flow = new CapacityScalingMinimumCostFlow<String, Integer>()
                .getMinimumCostFlow(mcf);
        int filled = pinnedFilled;
        double score = pinnedTotal;
        if (Boolean.getBoolean("debug.jgrapht")) {
            System.out.println(flow.getFlowMap() + " cost " + flow.getCost());
        }
        for (Map.Entry<Integer, Double> f : pairScore.entrySet()) {
            if (flow.getFlowMap().getOrDefault(f.getKey(), 0.0) > 0.5) {
                filled++;
                score += f.getValue();
            }
        }
        return new Optimum(filled, score);
    }

    /** Enumerates every subset of eligible pairs (tiny instances only). */
    static Optimum bruteForce(AssignmentProblem problem) {
        List<Object[]> pairs = freePairs(problem);
        if (pairs.size() > 20) {
            throw new IllegalArgumentException("too many pairs for brute force: " + pairs.size());
        }
        Map<String, Integer> freeSlots = new HashMap<>();
        Map<String, Integer> freeCap = new HashMap<>();
        problem.projects().forEach(p -> freeSlots.put(p.id(), p.slots()));
        problem.mentors().forEach(m -> freeCap.put(m.id(), m.capacity()));
        Map<String, Project> projects = new HashMap<>();
        Map<String, Mentor> mentors = new HashMap<>();
        problem.projects().forEach(p -> projects.put(p.id(), p));
        problem.mentors().forEach(m -> mentors.put(m.id(), m));
        int baseFilled = 0;
        double baseTotal = 0;
        for (Pair pin : problem.pins()) {
            freeSlots.merge(pin.project(), -1, Integer::sum);
            freeCap.merge(pin.mentor(), -1, Integer::sum);
            baseFilled++;
            baseTotal += Scoring.explain(projects.get(pin.project()), mentors.get(pin.mentor())).score();
        }
        int bestFilled = -1;
        double bestTotal = -1;
        for (int mask = 0; mask < (1 << pairs.size()); mask++) {
            Map<String, Integer> usedP = new HashMap<>();
            Map<String, Integer> usedM = new HashMap<>();
            boolean ok = true;
            int filled = 0;
            double total = 0;
            for (int i = 0; i < pairs.size() && ok; i++) {
                if ((mask & (1 << i)) == 0) {
                    continue;
                }
                String p = ((Project) pairs.get(i)[0]).id();
                String m = ((Mentor) pairs.get(i)[1]).id();
                ok = usedP.merge(p, 1, Integer::sum) <= freeSlots.get(p) && usedM.merge(m, 1, Integer::sum) <= freeCap.get(m);
                filled++;
                total += (double) pairs.get(i)[2];
            }
            if (ok && (filled > bestFilled || filled == bestFilled && total > bestTotal)) {
                bestFilled = filled;
                bestTotal = total;
            }
        }
        return new Optimum(baseFilled + bestFilled, baseTotal + bestTotal);
    }

    /** Checks slots, capacities, eligibility, pins, uniqueness, scores and the reported objective. */
    static void assertFeasible(AssignmentProblem problem, AssignmentResult result) {
        Map<String, Project> projects = new HashMap<>();
        Map<String, Mentor> mentors = new HashMap<>();
        problem.projects().forEach(p -> projects.put(p.id(), p));
        problem.mentors().forEach(m -> mentors.put(m.id(), m));
        Map<String, Integer> perProject = new HashMap<>();
        Map<String, Integer> perMentor = new HashMap<>();
        Set<Pair> seen = new HashSet<>();
        double total = 0;
        for (Assignment a : result.assignments()) {
            Project p = projects.get(a.project());
            Mentor m = mentors.get(a.mentor());
            assertThat(seen.add(new Pair(a.project(), a.mentor()))).as("pair assigned twice").isTrue();
            assertThat(RandomInstances.eligible(problem, p, m)).as("ineligible pair " + a).isTrue();
            assertThat(a.score()).isEqualTo(Scoring.explain(p, m).score());
            perProject.merge(p.id(), 1, Integer::sum);
            perMentor.merge(m.id(), 1, Integer::sum);
            total += a.score();
        }
        perProject.forEach((p, n) -> assertThat(n).isLessThanOrEqualTo(projects.get(p).slots()));
        perMentor.forEach((m, n) -> assertThat(n).isLessThanOrEqualTo(mentors.get(m).capacity()));
        assertThat(seen).containsAll(problem.pins());
        assertThat(result.filledSlots()).isEqualTo(result.assignments().size());
        assertThat(result.totalScore()).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-9));
        for (Project p : problem.projects()) {
            int free = p.slots() - perProject.getOrDefault(p.id(), 0);
            if (free > 0) {
                assertThat(result.unfilled()).contains(new Unfilled(p.id(), free));
            } else {
                assertThat(result.unfilled()).noneMatch(u -> u.project().equals(p.id()));
            }
        }
    }
}
