package org.crossfield.matching.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimalAssignerProperties {

    @Property(tries = 120)
    void equalsJGraphTOptimum(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int projects,
                              @ForAll @IntRange(min = 0, max = 15) int mentors) {
        AssignmentProblem problem = RandomInstances.assignment(seed, projects, mentors, 3, 3, true);
        AssignmentResult result = OptimalAssigner.solve(problem);
        ReferenceSolvers.assertFeasible(problem, result);
        ReferenceSolvers.Optimum expected = ReferenceSolvers.jgrapht(problem);
        assertThat(result.filledSlots()).isEqualTo(expected.filled());
        assertThat(result.totalScore()).isCloseTo(expected.total(), within(1e-6));
    }

    @Property(tries = 150)
    void equalsBruteForceOnTinyInstances(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int projects,
                                         @ForAll @IntRange(min = 1, max = 4) int mentors) {
        AssignmentProblem problem = RandomInstances.assignment(seed, projects, mentors, 2, 2, true);
        AssignmentResult result = OptimalAssigner.solve(problem, new OptimalAssigner.Options(1, 1, true));
        ReferenceSolvers.assertFeasible(problem, result);
        ReferenceSolvers.Optimum expected = ReferenceSolvers.bruteForce(problem);
        assertThat(result.filledSlots()).isEqualTo(expected.filled());
        assertThat(result.totalScore()).isCloseTo(expected.total(), within(1e-6));
    }

    @Property(tries = 120)
    void prunedAndProvenEqualsUnpruned(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int projects,
                                       @ForAll @IntRange(min = 1, max = 30) int mentors,
                                       @ForAll @IntRange(min = 1, max = 3) int candidates) {
        AssignmentProblem problem = RandomInstances.assignment(seed, projects, mentors, 3, 2, true);
        AssignmentResult pruned = OptimalAssigner.solve(problem, new OptimalAssigner.Options(candidates, 1, true));
        AssignmentResult full = OptimalAssigner.solve(problem, OptimalAssigner.Options.UNPRUNED);
        ReferenceSolvers.assertFeasible(problem, pruned);
        ReferenceSolvers.assertFeasible(problem, full);
        assertThat(pruned.filledSlots()).isEqualTo(full.filledSlots());
        assertThat(pruned.totalScore()).isCloseTo(full.totalScore(), within(1e-6));
    }
}
