package org.crossfield.matching.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringProperties {

    @Provide
    Arbitrary<List<Requirement>> requirements() {
        Arbitrary<Requirement> req = Combinators.combine(
                Arbitraries.of(RandomInstances.CODES),
                Arbitraries.integers().between(1, 5),
                Arbitraries.doubles().between(0.01, 10.0),
                Arbitraries.integers().between(0, 9).map(x -> x == 0)).as(Requirement::new);
        return req.list().ofMaxSize(5).uniqueElements(Requirement::competency);
    }

    @Provide
    Arbitrary<Map<String, Integer>> levels() {
        return Arbitraries.maps(Arbitraries.of(RandomInstances.CODES), Arbitraries.integers().between(0, 5))
                .ofMaxSize(RandomInstances.CODES.length);
    }

    @Property(tries = 300)
    void scoreIsWithinZeroAndOne(@ForAll("requirements") List<Requirement> reqs, @ForAll("levels") Map<String, Integer> levels) {
        Explanation e = Scoring.explain(new Project("p", null, 1, reqs), new Mentor("m", null, 1, levels));
        assertThat(e.score()).isBetween(0.0, 1.0);
        assertThat(e.unmet()).isBetween(0, reqs.size());
        double sum = e.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        if (reqs.isEmpty()) {
            assertThat(e.score()).isEqualTo(1.0);
            assertThat(e.contributions()).isEmpty();
        } else {
            assertThat(sum).isCloseTo(e.score(), within(1e-12));
        }
        if (e.unmet() == 0) {
            assertThat(e.score()).isEqualTo(1.0);
        }
    }

    @Property(tries = 300)
    void raisingALevelNeverLowersTheScore(@ForAll("requirements") List<Requirement> reqs,
                                          @ForAll("levels") Map<String, Integer> levels,
                                          @ForAll @IntRange(min = 0, max = 4) int codeIndex) {
        Project p = new Project("p", null, 1, reqs);
        String code = RandomInstances.CODES[codeIndex];
        int before = levels.getOrDefault(code, 0);
        Map<String, Integer> raised = new HashMap<>(levels);
        raised.put(code, Math.min(5, before + 1));
        Explanation a = Scoring.explain(p, new Mentor("m", null, 1, levels));
        Explanation b = Scoring.explain(p, new Mentor("m", null, 1, raised));
        assertThat(b.score()).isGreaterThanOrEqualTo(a.score());
        assertThat(b.unmet()).isLessThanOrEqualTo(a.unmet());
        if (a.eligible()) {
            assertThat(b.eligible()).isTrue();
        }
    }

    @Property(tries = 300)
    void competenciesThatAreNotRequiredDoNotMatter(@ForAll("requirements") List<Requirement> reqs,
                                                   @ForAll("levels") Map<String, Integer> levels,
                                                   @ForAll @IntRange(min = 0, max = 5) int otherLevel) {
        Project p = new Project("p", null, 1, reqs);
        Map<String, Integer> changed = new HashMap<>(levels);
        for (String c : RandomInstances.CODES) {
            if (reqs.stream().noneMatch(r -> r.competency().equals(c))) {
                changed.put(c, otherLevel);
            }
        }
        changed.put("NOT-REQUIRED", otherLevel);
        Explanation a = Scoring.explain(p, new Mentor("m", null, 1, levels));
        Explanation b = Scoring.explain(p, new Mentor("m", null, 1, changed));
        assertThat(b).isEqualTo(a);
    }
}
