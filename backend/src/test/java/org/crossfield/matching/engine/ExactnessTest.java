package org.crossfield.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three exactness cases found by independent checks of the engine (floating-point ties, overflow, growth). */
class ExactnessTest {

    /**
     * Requirements A (weight 3, level 5), B (weight 2, level 5), C (weight 2, level 1): total weight 7. Mentor "a" has
     * A = 4 only: 3·(4/5) = 2.4000000000000004, three requirements unmet. Mentor "b" has B = 1 and C = 1:
     * 2·(1/5) + 2 = 2.4, two unmet. Both score 12/35; the contract puts "b" first (fewer unmet), floating-point noise
     * alone would put "a" first.
     */
    private static final List<Requirement> TIED = List.of(new Requirement("A", 5, 3.0, false),
            new Requirement("B", 5, 2.0, false), new Requirement("C", 1, 2.0, false));
    private static final Mentor A = new Mentor("a", null, 1, Map.of("A", 4));
    private static final Mentor B = new Mentor("b", null, 1, Map.of("B", 1, "C", 1));

    @Test
    void theConstructedScoresDifferOnlyByRoundingNoise() {
        ProjectProfile profile = Scoring.profile(TIED);
        double a = profile.score(new int[] {4, 0, 0});
        double b = profile.score(new int[] {0, 1, 1});
        assertThat(a).isNotEqualTo(b);
        assertThat(Math.abs(a - b)).isLessThan(Scoring.TIE);
        assertThat(Scoring.compareScores(a, b)).isZero();
    }

    @Test
    void topKOrdersTiedScoresByFewerUnmetThenId() {
        Project p = new Project("p", null, 1, TIED);
        // "c" is an exact copy of "b": same score and unmet, so the id decides between them
        Mentor c = new Mentor("c", null, 1, Map.of("B", 1, "C", 1));
        AssignmentProblem problem = new AssignmentProblem(List.of(p), List.of(A, c, B), List.of(), List.of(), List.of());
        List<String> order = Recommender.recommend(problem, 3).get("p").stream().map(Explanation::mentor).toList();
        assertThat(order).containsExactly("b", "c", "a");
        // k = 1 keeps the contract's first, not the one rounding made larger
        assertThat(Recommender.recommend(problem, 1).get("p")).extracting(Explanation::mentor).containsExactly("b");
        assertThat(MentorIndex.of(List.of(A, B)).topK(TIED, null, Set.of(), 2)).extracting(Explanation::mentor)
                .containsExactly("b", "a");
    }

    @Test
    void rankingComparatorTreatsNearTiesAsEqual() {
        List<Explanation> list = new ArrayList<>(List.of(Scoring.explain(new Project("p", null, 1, TIED), A),
                Scoring.explain(new Project("p", null, 1, TIED), B)));
        list.sort(Scoring.RANKING);
        assertThat(list).extracting(Explanation::mentor).containsExactly("b", "a");
    }

    @Test
    void weightsWhoseSumOverflowsAreRefusedWithOneLine() {
        List<Requirement> huge = List.of(new Requirement("A", 3, 1e308, false), new Requirement("B", 3, 1e308, false));
        assertThatThrownBy(() -> new Project("p1", null, 1, huge))
                .isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining("p1").hasMessageContaining("weights")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Scoring.profile(huge)).isInstanceOf(InvalidInstanceException.class);
        // the largest weights whose sum is still finite keep the score of a mentor meeting everything at 1.0
        List<Requirement> large = List.of(new Requirement("A", 3, 8e307, false), new Requirement("B", 3, 8e307, false));
        Mentor all = new Mentor("m", null, 1, Map.of("A", 3, "B", 5));
        assertThat(Scoring.score(new Project("p2", null, 1, large), all)).isEqualTo(1.0);
    }

    @Test
    void aMentorWith200000DistinctCompetenciesIsIndexed() {
        Map<String, Integer> levels = HashMap.newHashMap(200_000);
        for (int i = 0; i < 200_000; i++) {
            levels.put("C" + i, 1 + i % 5);
        }
        Mentor many = new Mentor("many", null, 1, levels);
        MentorIndex index = MentorIndex.of(List.of(many, new Mentor("few", null, 1, Map.of("C7", 5))));
        List<Requirement> reqs = List.of(new Requirement("C199999", 5, 1.0, false), new Requirement("C7", 3, 1.0, false));
        // C199999 = 5 and C7 = 3: both met; "few" has only C7
        assertThat(index.topK(reqs, null, Set.of(), 2)).extracting(Explanation::mentor, Explanation::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("many", 1.0), org.assertj.core.groups.Tuple.tuple("few", 0.5));
        // replacing the mentor clears every one of its columns
        index.upsert(new Mentor("many", null, 1, Map.of("C0", 1)));
        assertThat(index.topK(reqs, null, Set.of(), 2)).extracting(Explanation::mentor).containsExactly("few", "many");
    }
}
