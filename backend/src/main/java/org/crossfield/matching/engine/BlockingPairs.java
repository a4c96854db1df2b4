package org.crossfield.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the blocking pairs of an allocation under the definition of stability for SPA-S (Abraham, Irving and
 * Manlove 2007): an acceptable pair (s, p) — s lists p, p's supervisor l ranks s — blocks if s is unallocated or
 * prefers p to its project, and either p and l are both under capacity; or p is under capacity, l is full, and s is
 * already l's student or l prefers s to its worst student; or p is full and l prefers s to p's worst student. A
 * student l did not rank (possible in greedy and generous allocations, which ignore the rankings) counts as l's worst.
 * A stable allocation has none.
 */
public final class BlockingPairs {

    private BlockingPairs() {
    }

    /** The number of blocking pairs of {@code result}, an allocation of {@code problem}. */
    public static int count(StableProblem problem, StableResult result) {
        StableIndex x = StableIndex.of(problem);
        int n = x.prefs().length;
        int nP = x.projSup().length;
        int nL = x.supCap().length;
        Map<String, Integer> studentPos = HashMap.newHashMap(n);
        for (int s = 0; s < n; s++) {
            studentPos.put(problem.students().get(s).id(), s);
        }
        Map<String, Integer> projectPos = HashMap.newHashMap(nP);
        for (int p = 0; p < nP; p++) {
            projectPos.put(problem.projects().get(p).id(), p);
        }
        // rank[l][s]: position of s in l's ranking, Integer.MAX_VALUE if unranked
        List<Map<Integer, Integer>> rank = new java.util.ArrayList<>(nL);
        for (int[] ranking : x.rankings()) {
            Map<Integer, Integer> r = HashMap.newHashMap(ranking.length);
            for (int i = 0; i < ranking.length; i++) {
                r.put(ranking[i], i);
            }
            rank.add(r);
        }
        int[] assigned = new int[n];
        java.util.Arrays.fill(assigned, -1);
        for (StudentAssignment a : result.assignments()) {
            assigned[studentPos.get(a.student())] = projectPos.get(a.project());
        }
        int[] projLoad = new int[nP];
        int[] supLoad = new int[nL];
        int[] projWorst = new int[nP];
        int[] supWorst = new int[nL];
        for (int s = 0; s < n; s++) {
            int p = assigned[s];
            if (p >= 0) {
                int l = x.projSup()[p];
                int r = rank.get(l).getOrDefault(s, Integer.MAX_VALUE);
                projLoad[p]++;
                supLoad[l]++;
                projWorst[p] = Math.max(projWorst[p], r);
                supWorst[l] = Math.max(supWorst[l], r);
            }
        }
        int blocking = 0;
        for (int s = 0; s < n; s++) {
            for (int p : x.prefs()[s]) {
                if (p == assigned[s]) {
                    break;
                }
                int l = x.projSup()[p];
                Integer r = rank.get(l).get(s);
                if (r == null) {
                    continue;
                }
                boolean pUnder = projLoad[p] < x.projCap()[p];
                boolean lUnder = supLoad[l] < x.supCap()[l];
                boolean blocks;
                if (pUnder && lUnder) {
                    blocks = true;
                } else if (pUnder) {
                    blocks = (assigned[s] >= 0 && x.projSup()[assigned[s]] == l) || (supLoad[l] > 0 && r < supWorst[l]);
                } else {
                    blocks = projLoad[p] > 0 && r < projWorst[p];
                }
                if (blocks) {
                    blocking++;
                }
            }
        }
        return blocking;
    }
}
