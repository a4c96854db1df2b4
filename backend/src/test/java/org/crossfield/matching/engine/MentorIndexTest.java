package org.crossfield.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MentorIndexTest {

    private static final List<Requirement> REQS = List.of(
            new Requirement("DSDA01", 4, 1.0, false), new Requirement("HDS-03", 2, 1.0, false));

    private static List<String> ids(List<Explanation> l) {
        return l.stream().map(Explanation::mentor).toList();
    }

    @Test
    void ordersByScoreThenFewerUnmetThenId() {
        MentorIndex index = MentorIndex.of(List.of(
                // score (0.5 + 1)/2 = 0.75, unmet 1
                new Mentor("m-b", null, 1, Map.of("DSDA01", 2, "HDS-03", 2)),
                // score (1 + 0.5)/2 = 0.75, unmet 1
                new Mentor("m-a", null, 1, Map.of("DSDA01", 4, "HDS-03", 1)),
                new Mentor("m-c", null, 1, Map.of("DSDA01", 5, "HDS-03", 5)),
                new Mentor("m-d", null, 1, Map.of())));
        assertThat(ids(index.topK(REQS, null, Set.of(), 10))).containsExactly("m-c", "m-a", "m-b", "m-d");
        assertThat(ids(index.topK(REQS, null, Set.of(), 2))).containsExactly("m-c", "m-a");
    }

    @Test
    void tieOnScoreIsBrokenByUnmetBeforeId() {
        // both score 0.5: "a" meets one requirement fully (unmet 1), "b" meets both halfway (unmet 2)
        List<Requirement> reqs = List.of(new Requirement("X", 2, 1.0, false), new Requirement("Y", 2, 1.0, false));
        MentorIndex index = MentorIndex.of(List.of(
                new Mentor("a", null, 1, Map.of("X", 1, "Y", 1)),
                new Mentor("b", null, 1, Map.of("X", 2))));
        List<Explanation> top = index.topK(reqs, null, Set.of(), 2);
        assertThat(ids(top)).containsExactly("b", "a");
        assertThat(top.get(0).score()).isEqualTo(top.get(1).score());
        assertThat(top.get(0).unmet()).isEqualTo(1);
    }

    @Test
    void leavesOutIneligibleMentors() {
        List<Requirement> reqs = List.of(new Requirement("DSDA01", 3, 1.0, true));
        MentorIndex index = MentorIndex.of(List.of(
                new Mentor("same-org", "uni-a", 1, Map.of("DSDA01", 5)),
                new Mentor("excluded", "acme", 1, Map.of("DSDA01", 5)),
                new Mentor("too-weak", "acme", 1, Map.of("DSDA01", 2)),
                new Mentor("ok", "acme", 1, Map.of("DSDA01", 3))));
        assertThat(ids(index.topK(reqs, "uni-a", Set.of("excluded", "unknown-id"), 10))).containsExactly("ok");
    }

    @Test
    void upsertAndRemoveKeepTheIndexCurrent() {
        MentorIndex index = new MentorIndex();
        for (int i = 0; i < 40; i++) {
            index.upsert(new Mentor("m" + i, null, 1, Map.of("DSDA01", i % 6)));
        }
        assertThat(index.size()).isEqualTo(40);
        index.upsert(new Mentor("m0", "acme", 2, Map.of("HDS-03", 2, "NEW-CODE", 1)));
        assertThat(index.get("m0")).contains(new Mentor("m0", "acme", 2, Map.of("HDS-03", 2, "NEW-CODE", 1)));
        assertThat(index.remove("m5")).isTrue();
        assertThat(index.remove("m5")).isFalse();
        assertThat(index.size()).isEqualTo(39);
        assertThat(index.get("m5")).isEmpty();
        // the last mentor was moved into the freed position and is still intact
        assertThat(index.get("m39")).contains(new Mentor("m39", null, 1, Map.of("DSDA01", 3)));
        List<Explanation> top = index.topK(List.of(new Requirement("NEW-CODE", 1, 1.0, true)), null, Set.of(), 5);
        assertThat(ids(top)).containsExactly("m0");
        assertThatThrownBy(() -> index.topK(REQS, null, Set.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithAFullSortOnARealisticInstance() {
        AssignmentProblem problem = org.crossfield.matching.bench.InstanceGenerator.assignment(40, 3_000, 5);
        MentorIndex index = MentorIndex.of(problem.mentors());
        for (Project p : problem.projects()) {
            for (int k : new int[] {1, 10, 37}) {
                List<Explanation> expected = problem.mentors().stream()
                        .filter(m -> RandomInstances.eligible(problem, p, m))
                        .map(m -> Scoring.explain(p, m))
                        .sorted(TopKProperties.ORDER).limit(k).toList();
                Set<String> excluded = new java.util.HashSet<>(problem.listedExclusions()
                        .getOrDefault(p.id(), Map.of()).keySet());
                assertThat(index.topK(p, excluded, k)).isEqualTo(expected);
            }
        }
    }

    @Test
    void readersRunWhileWritersUpdate() throws Exception {
        MentorIndex index = new MentorIndex();
        for (int i = 0; i < 2000; i++) {
            index.upsert(new Mentor("m" + i, null, 1, Map.of("DSDA01", i % 6, "HDS-03", (i / 6) % 6)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    index.upsert(new Mentor("x" + i, null, 1, Map.of("DSDA01", 5, "HDS-03", 5)));
                    index.remove("m" + i);
                }
            }));
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    List<Explanation> top = index.topK(REQS, null, Set.of(), 5);
                    assertThat(top).hasSizeLessThanOrEqualTo(5).allMatch(e -> e.score() >= 0 && e.score() <= 1);
                }
            }));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(2000);
        assertThat(index.topK(REQS, null, Set.of(), 1).getFirst().mentor()).startsWith("x");
    }
}
