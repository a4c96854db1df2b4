package org.crossfield.matching.engine;

import java.util.Arrays;

/**
 * Greedy and generous maximum allocations of students to projects (Kwanashie, Irving, Manlove and Sng,
 * "Profile-based optimal matchings in the Student/Project Allocation problem", IWOCA 2014). Both respect project and
 * supervisor capacities and the students' lists, and ignore the supervisors' rankings. Among all allocations with the
 * largest number of students, <b>greedy</b> returns one whose profile (c1, c2, …, cR) — ci students on their i-th
 * choice — is lexicographically largest, <b>generous</b> one whose reverse profile (cR, …, c1) is lexicographically
 * smallest.
 *
 * <p>Method: the allocation is a flow source → student (1) → project (capacity) → supervisor (capacity) → sink, and
 * the objective a cost that is a <em>vector</em> of R integers compared lexicographically, so no number ever has to
 * encode the whole order (a single cost (n+1)^R overflows 64 bits for 100,000 students and 20 ranks). An arc
 * student → i-th choice costs, for generous, the unit vector of rank i, ordered from the last rank to the first; for
 * greedy, the all-ones vector minus the unit vector of rank i, ordered from the first rank (every augmenting path
 * has one more student → project arc forwards than backwards, so adding the same vector to every such arc shifts all
 * path costs alike and keeps them non-negative). Vectors with lexicographic order form an ordered group, which is all
 * that successive shortest paths need: the algorithm keeps node potentials (vectors) with non-negative reduced costs,
 * finds the cheapest augmenting path with Dijkstra, and augments along every path of that cost (primal–dual phase),
 * so after k augmentations the flow is a cheapest flow of value k. It stops when no augmenting path is left: the flow
 * is then maximum and, among maximum flows, lexicographically cheapest — exactly the greedy (generous) objective.
 * All arithmetic is on small integers (components are bounded by the number of students times the number of phases),
 * so the result is exact.
 *
 * <p>Students without a project all sit at distance 0 from the source with potential 0; they are not search nodes:
 * each project keeps its not-yet-allocated applicants sorted by rank, and only the best one matters.
 */
public final class ProfileAllocator {

    private ProfileAllocator() {
    }

    /** A maximum allocation with the lexicographically largest profile. */
    public static StableResult greedy(StableProblem problem) {
        StableIndex x = StableIndex.of(problem);
        return x.result(problem, new Solver(x.prefs(), x.projSup(), x.projCap(), x.supCap(), false).solve());
    }

    /** A maximum allocation with the lexicographically smallest reverse profile. */
    public static StableResult generous(StableProblem problem) {
        StableIndex x = StableIndex.of(problem);
        return x.result(problem, new Solver(x.prefs(), x.projSup(), x.projCap(), x.supCap(), true).solve());
    }

    /** Index-based core: per student the project position it is allocated to, or -1. */
    static int[] allocate(int[][] prefs, int[] projSup, int[] projCap, int[] supCap, boolean generous) {
        return new Solver(prefs, projSup, projCap, supCap, generous).solve();
    }

    private static final class Solver {
        private final int[][] prefs;
        private final int[] projSup;
        private final int[] projCap;
        private final int[] supCap;
        private final int n;
        private final int nP;
        private final int nL;
        private final int dim;
        private final int sink;
        /** weight vectors: w[r * dim + i] for rank index r. */
        private final int[] w;
        private final int[] pi;
        private final int[] dist;
        private final int[] tmp;

        private final int[] assigned;
        private final int[] rankAt;
        private final int[][] atProj;
        private final int[] load;
        private final int[] posInProj;
        private final int[] supLoad;
        private final int[] supStart;
        private final int[] supProj;
        /** Students listing each project, by (rank, student). */
        private final int[] bpStart;
        private final int[] bpStudent;
        private final int[] bpRank;
        /** First entry of a project's list that may still be an unallocated student (only moves forward). */
        private final int[] unmPtr;

        // Dijkstra
        private final int[] reached;
        private final int[] done;
        private final int[] heap;
        private final int[] heapPos;
        private int heapSize;
        private int round;

        // augmenting search
        private final int[] dead;
        private final boolean[] onStack;
        private final int[] cur;
        private final int[] curStamp;
        private final int[] stack;

        Solver(int[][] prefs, int[] projSup, int[] projCap, int[] supCap, boolean generous) {
            this.prefs = prefs;
            this.projSup = projSup;
            this.projCap = projCap;
            this.supCap = supCap;
            n = prefs.length;
            nP = projSup.length;
            nL = supCap.length;
            int r = 0;
            long entries = 0;
            for (int[] p : prefs) {
                r = Math.max(r, p.length);
                entries += p.length;
            }
            dim = r;
            sink = n + nP + nL;
            int nodes = sink + 1;
            w = new int[Math.max(1, r) * Math.max(1, dim)];
            for (int k = 0; k < r; k++) {
                if (generous) {
                    w[k * dim + (dim - 1 - k)] = 1;
                } else {
                    Arrays.fill(w, k * dim, (k + 1) * dim, 1);
                    w[k * dim + k] = 0;
                }
            }
            pi = new int[nodes * dim];
            dist = new int[nodes * dim];
            tmp = new int[dim];
            assigned = new int[n];
            Arrays.fill(assigned, -1);
            rankAt = new int[n];
            atProj = new int[nP][];
            load = new int[nP];
            posInProj = new int[n];
            supLoad = new int[nL];
            supStart = new int[nL + 1];
            for (int p = 0; p < nP; p++) {
                supStart[projSup[p] + 1]++;
            }
            for (int l = 0; l < nL; l++) {
                supStart[l + 1] += supStart[l];
            }
            supProj = new int[nP];
            int[] fill = Arrays.copyOf(supStart, nL);
            for (int p = 0; p < nP; p++) {
                supProj[fill[projSup[p]]++] = p;
            }
            bpStart = new int[nP + 1];
            // counting sort by project, then by rank (students in increasing order within a rank)
            int[] perProjRank = new int[nP * Math.max(1, r) + 1];
            for (int[] list : prefs) {
                for (int k = 0; k < list.length; k++) {
                    perProjRank[list[k] * r + k + 1]++;
                }
            }
            for (int i = 0; i < nP * r; i++) {
                perProjRank[i + 1] += perProjRank[i];
            }
            for (int p = 0; p <= nP; p++) {
                bpStart[p] = perProjRank[p * r];
            }
            bpStudent = new int[Math.toIntExact(entries)];
            bpRank = new int[bpStudent.length];
            for (int s = 0; s < n; s++) {
                int[] list = prefs[s];
                for (int k = 0; k < list.length; k++) {
                    int e = perProjRank[list[k] * r + k]++;
                    bpStudent[e] = s;
                    bpRank[e] = k;
                }
            }
            unmPtr = Arrays.copyOf(bpStart, nP);
            reached = new int[nodes];
            done = new int[nodes];
            heap = new int[nodes];
            heapPos = new int[nodes];
            dead = new int[nodes];
            onStack = new boolean[nodes];
            cur = new int[nodes];
            curStamp = new int[nodes];
            stack = new int[nodes + 1];
        }

        int[] solve() {
            if (dim == 0) {
                return assigned;
            }
            while (shortestPaths()) {
                augmentAll();
            }
            return assigned;
        }

        // ------------------------------------------------------------------ Dijkstra over reduced costs

        /** Computes distances, updates the potentials; false when no augmenting path is left. */
        private boolean shortestPaths() {
            round++;
            heapSize = 0;
            for (int p = 0; p < nP; p++) {
                int e = bestUnallocated(p);
                if (e >= 0) {
                    int v = n + p;
                    int wo = bpRank[e] * dim;
                    int vo = v * dim;
                    for (int i = 0; i < dim; i++) {
                        tmp[i] = w[wo + i] - pi[vo + i];
                    }
                    offer(v);
                }
            }
            boolean found = false;
            while (heapSize > 0) {
                int u = poll();
                done[u] = round;
                if (u == sink) {
                    found = true;
                    break;
                }
                if (u < n) {
                    int p0 = assigned[u];
                    int[] list = prefs[u];
                    for (int k = 0; k < list.length; k++) {
                        if (list[k] != p0) {
                            relax(u, n + list[k], k, 1);
                        }
                    }
                } else if (u < n + nP) {
                    int p = u - n;
                    int[] at = atProj[p];
                    for (int i = 0; i < load[p]; i++) {
                        relax(u, at[i], rankAt[at[i]], -1);
                    }
                    if (load[p] < projCap[p]) {
                        relax(u, n + nP + projSup[p], -1, 0);
                    }
                } else {
                    int l = u - n - nP;
                    for (int i = supStart[l]; i < supStart[l + 1]; i++) {
                        if (load[supProj[i]] > 0) {
                            relax(u, n + supProj[i], -1, 0);
                        }
                    }
                    if (supLoad[l] < supCap[l]) {
                        relax(u, sink, -1, 0);
                    }
                }
            }
            if (!found) {
                return false;
            }
            int to = sink * dim;
            for (int v = 0; v <= sink; v++) {
                if (v < n && assigned[v] < 0) {
                    continue; // unallocated students: distance 0, potential stays 0
                }
                int from = done[v] == round ? v * dim : to;
                int vo = v * dim;
                for (int i = 0; i < dim; i++) {
                    pi[vo + i] += dist[from + i];
                }
            }
            return true;
        }

        /** Relaxes u → v with cost sign · w[rank] (sign 0: cost 0). */
        private void relax(int u, int v, int rank, int sign) {
            if (done[v] == round) {
                return;
            }
            int uo = u * dim;
            int vo = v * dim;
            if (sign == 0) {
                for (int i = 0; i < dim; i++) {
                    tmp[i] = dist[uo + i] + pi[uo + i] - pi[vo + i];
                }
            } else {
                int wo = rank * dim;
                for (int i = 0; i < dim; i++) {
                    tmp[i] = dist[uo + i] + sign * w[wo + i] + pi[uo + i] - pi[vo + i];
                }
            }
            offer(v);
        }

        /** Sets dist(v) = tmp if v is new or tmp is smaller. */
        private void offer(int v) {
            int vo = v * dim;
            if (reached[v] == round) {
                if (compareTmp(vo) >= 0) {
                    return;
                }
                System.arraycopy(tmp, 0, dist, vo, dim);
                siftUp(heapPos[v], v);
            } else {
                reached[v] = round;
                System.arraycopy(tmp, 0, dist, vo, dim);
                siftUp(heapSize++, v);
            }
        }

        private int compareTmp(int vo) {
            for (int i = 0; i < dim; i++) {
                if (tmp[i] != dist[vo + i]) {
                    return tmp[i] < dist[vo + i] ? -1 : 1;
                }
            }
            return 0;
        }

        private boolean less(int a, int b) {
            int ao = a * dim;
            int bo = b * dim;
            for (int i = 0; i < dim; i++) {
                if (dist[ao + i] != dist[bo + i]) {
                    return dist[ao + i] < dist[bo + i];
                }
            }
            return a < b;
        }

        private void siftUp(int i, int v) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int pv = heap[parent];
                if (!less(v, pv)) {
                    break;
                }
                heap[i] = pv;
                heapPos[pv] = i;
                i = parent;
            }
            heap[i] = v;
            heapPos[v] = i;
        }

        private int poll() {
            int top = heap[0];
            int last = heap[--heapSize];
            if (heapSize > 0) {
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= heapSize) {
                        break;
                    }
                    if (c + 1 < heapSize && less(heap[c + 1], heap[c])) {
                        c++;
                    }
                    if (!less(heap[c], last)) {
                        break;
                    }
                    heap[i] = heap[c];
                    heapPos[heap[i]] = i;
                    i = c;
                }
                heap[i] = last;
                heapPos[last] = i;
            }
            return top;
        }

        // ------------------------------------------------------------------ augmenting along tight arcs

        /** The entry of the best-ranked student listing p who has no project yet, or -1. */
        private int bestUnallocated(int p) {
            int e = unmPtr[p];
            int end = bpStart[p + 1];
            while (e < end && assigned[bpStudent[e]] >= 0) {
                e++;
            }
            unmPtr[p] = e;
            return e < end ? e : -1;
        }

        /**
         * Depth-first search backwards from the sink over arcs of reduced cost 0, augmenting along every path found;
         * a node whose arcs are exhausted is dead for the rest of the phase (conservative: a path missed here is found
         * by the next Dijkstra at the same cost).
         */
        private void augmentAll() {
            int top = 0;
            stack[top++] = sink;
            onStack[sink] = true;
            while (top > 0) {
                int v = stack[top - 1];
                int u = nextPredecessor(v);
                if (u == -1) {
                    dead[v] = round;
                    onStack[v] = false;
                    top--;
                } else if (u < -1) {
                    augment(top, -u - 2, v - n);
                    for (int i = 1; i < top; i++) {
                        onStack[stack[i]] = false;
                    }
                    top = 1;
                } else {
                    onStack[u] = true;
                    stack[top++] = u;
                }
            }
            onStack[sink] = false;
        }

        private boolean blocked(int v) {
            return dead[v] == round || onStack[v];
        }

        /**
         * The next usable predecessor of v (an arc u → v with residual capacity and reduced cost 0 and u neither dead
         * nor on the stack), -1 if none is left, or −(s + 2) when v is a project an unallocated student s can take.
         * The arc pointer stays on a usable arc, so it is tried again after an augmentation.
         */
        private int nextPredecessor(int v) {
            if (curStamp[v] != round) {
                curStamp[v] = round;
                cur[v] = 0;
            }
            if (v == sink) {
                for (; cur[v] < nL; cur[v]++) {
                    int l = cur[v];
                    int u = n + nP + l;
                    if (supLoad[l] < supCap[l] && !blocked(u) && samePotential(u, v)) {
                        return u;
                    }
                }
                return -1;
            }
            if (v >= n + nP) {
                int l = v - n - nP;
                for (; cur[v] < supStart[l + 1] - supStart[l]; cur[v]++) {
                    int p = supProj[supStart[l] + cur[v]];
                    int u = n + p;
                    if (load[p] < projCap[p] && !blocked(u) && samePotential(u, v)) {
                        return u;
                    }
                }
                return -1;
            }
            if (v >= n) {
                int p = v - n;
                if (cur[v] == 0) {
                    int e = bestUnallocated(p);
                    if (e >= 0 && tightToProject(bpStudent[e], bpRank[e], v)) {
                        return -(bpStudent[e] + 2);
                    }
                    cur[v] = 1;
                }
                if (cur[v] == 1) {
                    int u = n + nP + projSup[p];
                    if (load[p] > 0 && !blocked(u) && samePotential(u, v)) {
                        return u;
                    }
                    cur[v] = 2;
                }
                int size = bpStart[p + 1] - bpStart[p];
                for (; cur[v] - 2 < size; cur[v]++) {
                    int e = bpStart[p] + cur[v] - 2;
                    int s = bpStudent[e];
                    int at = assigned[s];
                    if (at >= 0 && at != p && !blocked(s) && tightToProject(s, bpRank[e], v)) {
                        return s;
                    }
                }
                return -1;
            }
            // a student with a project: its only way in is backwards from that project
            if (cur[v] == 0) {
                int p = assigned[v];
                int u = n + p;
                if (!blocked(u) && tightFromProject(u, v)) {
                    return u;
                }
                cur[v] = 1;
            }
            return -1;
        }

        private boolean samePotential(int u, int v) {
            return Arrays.equals(pi, u * dim, u * dim + dim, pi, v * dim, v * dim + dim);
        }

        /** Reduced cost of student s → project node v (s's choice of rank index k) is 0. */
        private boolean tightToProject(int s, int k, int v) {
            int so = s * dim;
            int vo = v * dim;
            int wo = k * dim;
            for (int i = 0; i < dim; i++) {
                if (w[wo + i] + pi[so + i] != pi[vo + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Reduced cost of project node u → its student s (the arc that takes s off the project) is 0. */
        private boolean tightFromProject(int u, int s) {
            int so = s * dim;
            int uo = u * dim;
            int wo = rankAt[s] * dim;
            for (int i = 0; i < dim; i++) {
                if (pi[uo + i] != w[wo + i] + pi[so + i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Applies the path on the stack (sink, supervisor, project, [student, project]…) and a new student s0 taking
         * project p0: each student on the path moves to the project before it on the stack.
         */
        private void augment(int top, int s0, int p0) {
            for (int i = top - 1; i >= 1; i--) {
                int v = stack[i];
                if (v < n) {
                    moveTo(v, stack[i - 1] - n);
                }
            }
            moveTo(s0, p0);
        }

        private void moveTo(int s, int p) {
            int old = assigned[s];
            if (old >= 0) {
                int[] at = atProj[old];
                int i = posInProj[s];
                int last = at[--load[old]];
                at[i] = last;
                posInProj[last] = i;
                supLoad[projSup[old]]--;
            }
            int[] at = atProj[p];
            if (at == null) {
                at = atProj[p] = new int[Math.max(1, Math.min(projCap[p], 16))];
            } else if (load[p] == at.length) {
                at = atProj[p] = Arrays.copyOf(at, at.length * 2);
            }
            posInProj[s] = load[p];
            at[load[p]++] = s;
            supLoad[projSup[p]]++;
            assigned[s] = p;
            int[] list = prefs[s];
            for (int k = 0; k < list.length; k++) {
                if (list[k] == p) {
                    rankAt[s] = k;
                    break;
                }
            }
        }
    }
}
