package org.crossfield.matching.engine;

import java.util.Arrays;

/**
 * Student-optimal stable matching for the student–project allocation problem with supervisor preferences over
 * students: algorithm SPA-student of Abraham, Irving and Manlove (J. Discrete Algorithms 5(1), 2007).
 *
 * <p>A (student, project) pair is acceptable only if the student lists the project and the project's supervisor
 * ranks the student; a project ranks students in its supervisor's order. Free students apply to the first project
 * left on their list. When a project or a supervisor is over-subscribed, its worst assigned student is rejected;
 * when a project (supervisor) is full, every student ranked after its worst assigned student is deleted from the
 * project's (all of the supervisor's projects') lists. The result is the stable matching in which every student
 * has the best project it can have in any stable matching.
 *
 * <p>Deletions are done lazily: a project and a supervisor each keep the worst rank they still accept; both only
 * decrease, so a student simply skips list entries that are no longer acceptable. Each student moves through its
 * list once, and every step costs O(log capacity), so the run is O(L log C) for L preference entries.
 */
public final class StableAllocator {

    private StableAllocator() {
    }

    /** Computes the student-optimal stable matching. */
    public static StableResult allocate(StableProblem problem) {
        StableIndex x = StableIndex.of(problem);
        return x.result(problem, allocate(x.prefs(), x.projSup(), x.projCap(), x.supCap(), x.rankings()));
    }

    /**
     * Index-based core.
     *
     * @param prefs    per student, project positions in order of preference
     * @param projSup  per project, its supervisor position
     * @param projCap  per project, capacity
     * @param supCap   per supervisor, capacity
     * @param rankings per supervisor, student positions best first
     * @return per student the project position it is allocated to, or -1
     */
    static int[] allocate(int[][] prefs, int[] projSup, int[] projCap, int[] supCap, int[][] rankings) {
        final int nS = prefs.length;
        final int nP = projSup.length;
        final int nL = supCap.length;
        // flatten preference lists and attach the supervisor's rank of the student (-1: not ranked)
        int[] off = new int[nS + 1];
        for (int s = 0; s < nS; s++) {
            off[s + 1] = off[s] + prefs[s].length;
        }
        final int entries = off[nS];
        final int[] flatProject = new int[entries];
        final int[] flatRank = new int[entries];
        int[] bySupStart = new int[nL + 1];
        for (int s = 0; s < nS; s++) {
            int[] pr = prefs[s];
            System.arraycopy(pr, 0, flatProject, off[s], pr.length);
            for (int p : pr) {
                bySupStart[projSup[p] + 1]++;
            }
        }
        for (int l = 0; l < nL; l++) {
            bySupStart[l + 1] += bySupStart[l];
        }
        int[] fill = Arrays.copyOf(bySupStart, nL);
        int[] entryBySup = new int[entries];
        int[] entryStudent = new int[entries];
        for (int s = 0; s < nS; s++) {
            for (int e = off[s]; e < off[s + 1]; e++) {
                entryBySup[fill[projSup[flatProject[e]]]++] = e;
                entryStudent[e] = s;
            }
        }
        int[] stamp = new int[nS];
        Arrays.fill(stamp, -1);
        int[] tmpRank = new int[nS];
        for (int l = 0; l < nL; l++) {
            int[] ranking = rankings[l];
            for (int r = 0; r < ranking.length; r++) {
                stamp[ranking[r]] = l;
                tmpRank[ranking[r]] = r;
            }
            for (int i = bySupStart[l]; i < bySupStart[l + 1]; i++) {
                int e = entryBySup[i];
                int s = entryStudent[e];
                flatRank[e] = stamp[s] == l ? tmpRank[s] : -1;
            }
        }

        final int[] next = Arrays.copyOf(off, nS); // next list position per student
        final int[] assignedProject = new int[nS];
        Arrays.fill(assignedProject, -1);
        final int[] rank = new int[nS]; // rank of the student under the supervisor of its project
        final int[] projLimit = new int[nP];
        Arrays.fill(projLimit, Integer.MAX_VALUE);
        final int[] supLimit = new int[nL];
        Arrays.fill(supLimit, Integer.MAX_VALUE);
        final Heaps projHeaps = new Heaps(nP, nS, rank);
        final Heaps supHeaps = new Heaps(nL, nS, rank);

        int[] stack = new int[nS];
        int top = 0;
        for (int s = nS - 1; s >= 0; s--) {
            stack[top++] = s;
        }
        while (top > 0) {
            int s = stack[--top];
            int end = off[s + 1];
            int e = next[s];
            int p = -1;
            int r = -1;
            int l = -1;
            for (; e < end; e++) {
                p = flatProject[e];
                r = flatRank[e];
                l = projSup[p];
                if (r >= 0 && r <= projLimit[p] && r <= supLimit[l] && projCap[p] > 0 && supCap[l] > 0) {
                    break;
                }
            }
            next[s] = e;
            if (e == end) {
                continue; // list exhausted: s stays unassigned
            }
            assignedProject[s] = p;
            rank[s] = r;
            projHeaps.add(p, s);
            supHeaps.add(l, s);
            if (projHeaps.size(p) > projCap[p]) {
                int worst = projHeaps.pollMax(p);
                supHeaps.remove(l, worst);
                assignedProject[worst] = -1;
                next[worst]++;
                stack[top++] = worst;
            } else if (supHeaps.size(l) > supCap[l]) {
                int worst = supHeaps.pollMax(l);
                projHeaps.remove(assignedProject[worst], worst);
                assignedProject[worst] = -1;
                next[worst]++;
                stack[top++] = worst;
            }
            if (projHeaps.size(p) == projCap[p]) {
                projLimit[p] = Math.min(projLimit[p], rank[projHeaps.peekMax(p)]);
            }
            if (supHeaps.size(l) == supCap[l]) {
                supLimit[l] = Math.min(supLimit[l], rank[supHeaps.peekMax(l)]);
            }
        }
        return assignedProject;
    }

    /**
     * A family of indexed binary max-heaps of students keyed by {@code key[student]}; a student is in at most one
     * heap of the family at a time.
     */
    private static final class Heaps {
        private final int[][] data;
        private final int[] size;
        private final int[] pos;
        private final int[] key;

        Heaps(int heaps, int students, int[] key) {
            data = new int[heaps][];
            size = new int[heaps];
            pos = new int[students];
            this.key = key;
        }

        int size(int h) {
            return size[h];
        }

        int peekMax(int h) {
            return data[h][0];
        }

        void add(int h, int s) {
            int[] d = data[h];
            int n = size[h];
            if (d == null) {
                d = data[h] = new int[4];
            } else if (n == d.length) {
                d = data[h] = Arrays.copyOf(d, n * 2);
            }
            size[h] = n + 1;
            siftUp(d, n, s);
        }

        int pollMax(int h) {
            int[] d = data[h];
            int top = d[0];
            int n = --size[h];
            if (n > 0) {
                siftDown(d, n, 0, d[n]);
            }
            return top;
        }

        void remove(int h, int s) {
            int[] d = data[h];
            int i = pos[s];
            int n = --size[h];
            if (i == n) {
                return;
            }
            int last = d[n];
            if (key[last] > key[s]) {
                siftUp(d, i, last);
            } else {
                siftDown(d, n, i, last);
            }
        }

        private void siftUp(int[] d, int i, int s) {
            int k = key[s];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int ps = d[parent];
                if (key[ps] >= k) {
                    break;
                }
                d[i] = ps;
                pos[ps] = i;
                i = parent;
            }
            d[i] = s;
            pos[s] = i;
        }

        private void siftDown(int[] d, int n, int i, int s) {
            int k = key[s];
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) {
                    break;
                }
                if (c + 1 < n && key[d[c + 1]] > key[d[c]]) {
                    c++;
                }
                if (key[d[c]] <= k) {
                    break;
                }
                d[i] = d[c];
                pos[d[i]] = i;
                i = c;
            }
            d[i] = s;
            pos[s] = i;
        }
    }
}
