package org.crossfield.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptimalAssignerTest {

    private static Project project(String id, String org, int slots, Requirement... reqs) {
        return new Project(id, org, slots, List.of(reqs));
    }

    private static Mentor mentor(String id, String org, int capacity, Map<String, Integer> levels) {
        return new Mentor(id, org, capacity, levels);
    }

    @Test
    void contractExample() {
        AssignmentProblem problem = new AssignmentProblem(
                List.of(project("p1", "uni-a", 1, new Requirement("DSDA01", 3, 2.0, false))),
                List.of(mentor("m1", "acme", 2, Map.of("DSDA01", 4)), mentor("m9", "acme", 1, Map.of())),
                List.of(new Pair("p1", "m9")), List.of(new Pair("p1", "m1")), List.of());
        AssignmentResult r = OptimalAssigner.solve(problem);
        assertThat(r.assignments()).containsExactly(new Assignment("p1", "m1", 1.0, true));
        assertThat(r.unfilled()).isEmpty();
        assertThat(r.filledSlots()).isEqualTo(1);
        assertThat(r.totalScore()).isEqualTo(1.0);
    }

    @Test
    void fillingASlotBeatsAnyScoreGain() {
        // m1 is great for both projects but can take one; m2 fits only p1 (score 0.2).
        // Best score alone: p2 <- m1 (1.0) and p1 unfilled... but filling both slots wins: p1 <- m2, p2 <- m1.
        Requirement a = new Requirement("A", 5, 1.0, false);
        AssignmentProblem problem = new AssignmentProblem(
                List.of(project("p1", null, 1, a), project("p2", null, 1, new Requirement("B", 1, 1.0, true))),
                List.of(mentor("m1", null, 1, Map.of("A", 5, "B", 1)), mentor("m2", null, 1, Map.of("A", 1))));
        AssignmentResult r = OptimalAssigner.solve(problem);
        assertThat(r.filledSlots()).isEqualTo(2);
        assertThat(r.assignments()).extracting(Assignment::mentor).containsExactly("m2", "m1");
        assertThat(r.totalScore()).isCloseTo(1.2, within(1e-12));
    }

    @Test
    void reportsUnfilledSlotsAndHonoursPins() {
        AssignmentProblem problem = new AssignmentProblem(
                List.of(project("p1", "uni", 3, new Requirement("A", 2, 1.0, false)), project("p2", null, 1)),
                List.of(mentor("m1", null, 1, Map.of("A", 1)), mentor("m2", "uni", 5, Map.of("A", 2)),
                        mentor("m3", null, 1, Map.of("A", 2))),
                List.of(), List.of(new Pair("p1", "m1")), List.of(new Pair("p2", "m3")));
        AssignmentResult r = OptimalAssigner.solve(problem);
        // p1: pinned m1 (0.5) + m3 (1.0); m2 is same organisation. p2: m3 forbidden, m1 full, m2 free -> m2
        assertThat(r.assignments()).containsExactly(
                new Assignment("p1", "m1", 0.5, true), new Assignment("p1", "m3", 1.0, false),
                new Assignment("p2", "m2", 1.0, false));
        assertThat(r.unfilled()).containsExactly(new Unfilled("p1", 1));
        ReferenceSolvers.assertFeasible(problem, r);
    }

    @Test
    void rejectsPinsThatCannotBeHonoured() {
        List<Project> ps = List.of(project("p1", "uni", 1, new Requirement("A", 3, 1.0, true)));
        List<Mentor> ms = List.of(mentor("m1", null, 1, Map.of("A", 3)), mentor("m2", "uni", 1, Map.of("A", 3)),
                mentor("m3", null, 1, Map.of("A", 2)), mentor("m4", null, 0, Map.of("A", 3)));
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(), List.of(new Pair("p1", "m2")), List.of()))
                .hasMessageContaining("not eligible").hasMessageContaining("same organisation");
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(), List.of(new Pair("p1", "m3")), List.of()))
                .hasMessageContaining("missing must have");
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(new Pair("p1", "m1")),
                List.of(new Pair("p1", "m1")), List.of())).hasMessageContaining("conflict");
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(), List.of(new Pair("p1", "m4")), List.of()))
                .hasMessageContaining("capacity of mentor 'm4'");
        assertThatThrownBy(() -> new AssignmentProblem(ps, List.of(ms.get(0), mentor("m5", null, 1, Map.of("A", 5))),
                List.of(), List.of(new Pair("p1", "m1"), new Pair("p1", "m5")), List.of()))
                .hasMessageContaining("slots of project 'p1'");
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(), List.of(new Pair("p1", "m1"),
                new Pair("p1", "m1")), List.of())).hasMessageContaining("pinned twice");
        assertThatThrownBy(() -> new AssignmentProblem(ps, ms, List.of(), List.of(new Pair("p1", "nope")), List.of()))
                .hasMessageContaining("unknown mentor 'nope'");
    }

    @Test
    void pruningIsRepairedWhenCandidatesAreContested() {
        // Ten projects all prefer the same two mentors; with one candidate per project the pruned model can fill
        // only two slots, so the certificate must find the other mentors.
        List<Project> ps = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ps.add(project("p" + i, null, 1, new Requirement("A", 5, 1.0, false)));
        }
        List<Mentor> ms = new java.util.ArrayList<>();
        ms.add(mentor("top1", null, 1, Map.of("A", 5)));
        ms.add(mentor("top2", null, 1, Map.of("A", 5)));
        for (int i = 0; i < 10; i++) {
            ms.add(mentor("x" + i, null, 1, Map.of("A", 1 + i % 4)));
        }
        AssignmentProblem problem = new AssignmentProblem(ps, ms);
        AssignmentResult pruned = OptimalAssigner.solve(problem, new OptimalAssigner.Options(1, 1, true));
        AssignmentResult full = OptimalAssigner.solve(problem, OptimalAssigner.Options.UNPRUNED);
        assertThat(pruned.filledSlots()).isEqualTo(10).isEqualTo(full.filledSlots());
        assertThat(pruned.totalScore()).isCloseTo(full.totalScore(), within(1e-9));
        assertThat(pruned.stats().solves()).isGreaterThan(1);
        assertThat(pruned.stats().addedArcs()).isPositive();
        ReferenceSolvers.assertFeasible(problem, pruned);
    }

    @Test
    void prunedEqualsUnprunedOnGeneratedInstancesWithScarceMentors() {
        for (long seed : new long[] {1, 2, 3}) {
            // about as many mentor places as slots: many saturated mentors, many repair rounds
            AssignmentProblem problem = org.crossfield.matching.bench.InstanceGenerator.assignment(400, 300, seed);
            AssignmentResult pruned = OptimalAssigner.solve(problem, new OptimalAssigner.Options(2, 1, true));
            AssignmentResult full = OptimalAssigner.solve(problem, OptimalAssigner.Options.UNPRUNED);
            ReferenceSolvers.assertFeasible(problem, pruned);
            assertThat(pruned.filledSlots()).isEqualTo(full.filledSlots());
            assertThat(pruned.totalScore()).isCloseTo(full.totalScore(), within(1e-6));
            assertThat(pruned.stats().scannedProjects()).isPositive();
        }
        AssignmentProblem problem = org.crossfield.matching.bench.InstanceGenerator.assignment(150, 1_500, 9);
        AssignmentResult pruned = OptimalAssigner.solve(problem);
        ReferenceSolvers.Optimum reference = ReferenceSolvers.jgrapht(problem);
        assertThat(pruned.filledSlots()).isEqualTo(reference.filled());
        assertThat(pruned.totalScore()).isCloseTo(reference.total(), within(1e-6));
    }

    @Test
    void emptyInstances() {
        AssignmentResult r = OptimalAssigner.solve(new AssignmentProblem(List.of(), List.of()));
        assertThat(r.assignments()).isEmpty();
        assertThat(r.unfilled()).isEmpty();
        r = OptimalAssigner.solve(new AssignmentProblem(List.of(project("p", null, 2)), List.of()));
        assertThat(r.unfilled()).containsExactly(new Unfilled("p", 2));
        assertThat(r.filledSlots()).isZero();
    }
}
