package org.crossfield.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StableAllocatorTest {

    @Test
    void docsExample() {
        StableProblem problem = new StableProblem(
                List.of(new Student("s1", List.of("p1", "p2")), new Student("s2", List.of("p1", "p3")),
                        new Student("s3", List.of("p2", "p1", "p3")), new Student("s4", List.of("p3"))),
                List.of(new SupervisedProject("p1", "l1", 1), new SupervisedProject("p2", "l1", 1),
                        new SupervisedProject("p3", "l2", 2)),
                List.of(new Supervisor("l1", 2, List.of("s3", "s1", "s2")), new Supervisor("l2", 1, List.of("s2", "s4"))));
        StableResult r = StableAllocator.allocate(problem);
        assertThat(r.assignments()).containsExactly(new StudentAssignment("p1", "s1"),
                new StudentAssignment("p3", "s2"), new StudentAssignment("p2", "s3"));
        assertThat(r.unfilled()).containsExactly(new Unfilled("p3", 1));
        assertThat(r.assignedStudents()).isEqualTo(3);
        assertThat(r.unassigned()).containsExactly("s4");
        assertThat(new StabilityChecker(problem).blockingPairs(StabilityChecker.asMap(problem, r))).isEmpty();
    }

    @Test
    void supervisorCapacityBindsAcrossProjects() {
        // l1 has two projects but room for one student: it keeps the student it ranks first
        StableProblem problem = new StableProblem(
                List.of(new Student("a", List.of("p1")), new Student("b", List.of("p2"))),
                List.of(new SupervisedProject("p1", "l1", 1), new SupervisedProject("p2", "l1", 1)),
                List.of(new Supervisor("l1", 1, List.of("b", "a"))));
        StableResult r = StableAllocator.allocate(problem);
        assertThat(r.assignments()).containsExactly(new StudentAssignment("p2", "b"));
        assertThat(r.unfilled()).containsExactly(new Unfilled("p1", 1));
    }

    @Test
    void unrankedStudentsAreNotAcceptable() {
        StableProblem problem = new StableProblem(
                List.of(new Student("a", List.of("p1"))),
                List.of(new SupervisedProject("p1", "l1", 3)),
                List.of(new Supervisor("l1", 3, List.of())));
        assertThat(StableAllocator.allocate(problem).assignments()).isEmpty();
    }

    @Test
    void rejectsBadReferences() {
        assertThatThrownBy(() -> new StableProblem(List.of(new Student("a", List.of("nope"))), List.of(), List.of()))
                .hasMessageContaining("unknown project 'nope'");
        assertThatThrownBy(() -> new StableProblem(List.of(), List.of(new SupervisedProject("p", "x", 1)), List.of()))
                .hasMessageContaining("unknown supervisor 'x'");
        assertThatThrownBy(() -> new StableProblem(List.of(), List.of(), List.of(new Supervisor("l", 1, List.of("s")))))
                .hasMessageContaining("unknown student 's'");
        assertThatThrownBy(() -> new StableProblem(List.of(new Student("a", List.of()), new Student("a", List.of())),
                List.of(), List.of())).hasMessageContaining("duplicate student id 'a'");
        assertThatThrownBy(() -> new StableProblem(List.of(new Student("a", List.of("p", "p"))),
                List.of(new SupervisedProject("p", "l", 1)), List.of(new Supervisor("l", 1, List.of()))))
                .hasMessageContaining("twice");
    }
}
