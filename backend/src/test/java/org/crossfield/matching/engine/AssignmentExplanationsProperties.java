package org.crossfield.matching.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optimal assignment hands back the explanation it scored each pair with, so callers need not score it again. */
class AssignmentExplanationsProperties {

    @Property(tries = 80)
    void everyAssignedPairCarriesTheExplanationOfItsScore(@ForAll long seed,
                                                         @ForAll @IntRange(min = 0, max = 10) int projects,
                                                         @ForAll @IntRange(min = 0, max = 12) int mentors) {
        AssignmentProblem problem = RandomInstances.assignment(seed, projects, mentors, 3, 3, true);
        AssignmentResult result = OptimalAssigner.solve(problem);
        Map<String, Project> projectById = new HashMap<>();
        problem.projects().forEach(p -> projectById.put(p.id(), p));
        Map<String, Mentor> mentorById = new HashMap<>();
        problem.mentors().forEach(m -> mentorById.put(m.id(), m));
        assertThat(result.explanations()).hasSize(result.assignments().size());
        for (Assignment a : result.assignments()) {
            Explanation e = result.explanation(a);
            assertThat(e.mentor()).isEqualTo(a.mentor());
            assertThat(e.score()).isEqualTo(a.score());
            assertThat(e.eligible()).isTrue();
            // the same as scoring the pair from scratch, bit for bit
            Explanation fresh = Scoring.explain(projectById.get(a.project()), mentorById.get(a.mentor()));
            assertThat(e.score()).isEqualTo(fresh.score());
            assertThat(e.contributions()).isEqualTo(fresh.contributions());
            assertThat(e.unmet()).isEqualTo(fresh.unmet());
        }
        assertThatThrownBy(() -> result.explanation(new Assignment("nope", "none", 0, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
