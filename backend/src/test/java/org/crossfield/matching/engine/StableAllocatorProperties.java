package org.crossfield.matching.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StableAllocatorProperties {

    @Property(tries = 300)
    void resultIsFeasibleAndHasNoBlockingPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int students,
                                              @ForAll @IntRange(min = 1, max = 10) int projects,
                                              @ForAll @IntRange(min = 1, max = 4) int supervisors) {
        StableProblem problem = RandomInstances.stable(seed, students, projects, supervisors, 5);
        StableResult result = StableAllocator.allocate(problem);
        StabilityChecker checker = new StabilityChecker(problem);
        Map<String, String> m = StabilityChecker.asMap(problem, result);
        assertThat(checker.feasible(m)).isTrue();
        assertThat(checker.blockingPairs(m)).isEmpty();
        assertThat(result.assignedStudents() + result.unassigned().size()).isEqualTo(students);
    }

    @Property(tries = 200)
    void resultIsStudentOptimal(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int students,
                                @ForAll @IntRange(min = 1, max = 4) int projects,
                                @ForAll @IntRange(min = 1, max = 3) int supervisors) {
        StableProblem problem = RandomInstances.stable(seed, students, projects, supervisors, 3);
        StableResult result = StableAllocator.allocate(problem);
        StabilityChecker checker = new StabilityChecker(problem);
        Map<String, String> mine = StabilityChecker.asMap(problem, result);
        List<Map<String, String>> all = checker.allStableMatchings();
        assertThat(all).contains(mine);
        for (Map<String, String> other : all) {
            for (Student s : problem.students()) {
                assertThat(checker.rankOf(s.id(), mine.get(s.id())))
                        .as("student %s in %s vs %s", s.id(), mine, other)
                        .isLessThanOrEqualTo(checker.rankOf(s.id(), other.get(s.id())));
            }
        }
    }
}
