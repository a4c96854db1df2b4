package org.crossfield.matching.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopKProperties {

    static final Comparator<Explanation> ORDER = Scoring.RANKING;

    @Property(tries = 150)
    void recommendationsEqualAFullSortOfEligibleMentors(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 6) int projects,
                                                        @ForAll @IntRange(min = 0, max = 200) int mentors,
                                                        @ForAll @IntRange(min = 1, max = 12) int k) {
        AssignmentProblem problem = RandomInstances.assignment(seed, projects, mentors, 2, 2, true);
        Map<String, List<Explanation>> rec = Recommender.recommend(problem, k);
        assertThat(rec.keySet()).containsExactlyElementsOf(problem.projects().stream().map(Project::id).toList());
        for (Project p : problem.projects()) {
            List<Explanation> expected = problem.mentors().stream()
                    .filter(m -> RandomInstances.eligible(problem, p, m))
                    .map(m -> Scoring.explain(p, m))
                    .sorted(ORDER).limit(k).toList();
            List<Explanation> actual = rec.get(p.id());
            assertThat(actual).isEqualTo(expected);
            assertThat(actual).allMatch(Explanation::eligible);
        }
    }

    @Property(tries = 100)
    void indexAfterUpdatesAnswersLikeAFreshIndex(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int mentors) {
        AssignmentProblem a = RandomInstances.assignment(seed, 1, mentors, 1, 1, false);
        AssignmentProblem b = RandomInstances.assignment(seed + 1, 1, mentors, 1, 1, false);
        MentorIndex index = MentorIndex.of(a.mentors());
        // replace every second mentor by b's version, remove every third
        java.util.Map<String, Mentor> expected = new java.util.LinkedHashMap<>();
        for (Mentor m : a.mentors()) {
            expected.put(m.id(), m);
        }
        for (int i = 0; i < mentors; i++) {
            Mentor m = b.mentors().get(i);
            if (i % 2 == 0) {
                index.upsert(m);
                expected.put(m.id(), m);
            }
            if (i % 3 == 0) {
                index.remove(m.id());
                expected.remove(m.id());
            }
        }
        Project p = b.projects().getFirst();
        List<Explanation> fresh = MentorIndex.of(expected.values()).topK(p, List.of(), 10);
        assertThat(index.topK(p, List.of(), 10)).isEqualTo(fresh);
    }
}
